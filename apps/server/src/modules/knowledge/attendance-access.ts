import type { Principal } from '../../platform/auth/index.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { assertCanAct, assertCanSee, attendanceById, lockAttendance, type AttendanceRow } from '../attendances/index.js';

// The attendances module's rules applied to what is registered on an attendance (SPEC KB-02, KB-03):
// reading follows "may see it", registering "may act on it" and only while it is not finished.

export async function visibleAttendance(s: Scope, p: Principal, id: string): Promise<AttendanceRow> {
  const a = await attendanceById(s, id);
  assertCanSee(p, a);
  return a;
}

export async function actableAttendance(s: Scope, p: Principal, id: string): Promise<AttendanceRow> {
  const a = await lockAttendance(s, id);
  assertCanSee(p, a);
  assertCanAct(p, a);
  if (a.status === 'finished') throw new AppError('ATT_FINISHED');
  return a;
}

/** One 'attendance.updated' so the attendance screen and the panels read the new events. */
export const announce = (platform: Platform, s: Scope, attendanceId: string) => platform.events.emit(s, 'attendance.updated', { attendanceId });
