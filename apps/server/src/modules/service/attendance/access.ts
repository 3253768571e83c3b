import type { AttendanceHandover, AttendanceService } from '@atende/shared';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { assertCanSee, type AttendanceRow } from '../../attendances/index.js';
import { serviceRepo } from './attendance-service.repository.js';
import { announce } from './journal.js';
import { attendanceServiceView } from './attendance-service.view.js';

// The attendances module's rule (supervisors and admins: the whole organization; agents: the
// attendances they hold), applied to every service-data route. Another organization's id is not
// found under RLS, so it reads 404 like any unknown id.

export async function visibleAttendance(s: Scope, p: Principal, id: string): Promise<AttendanceRow> {
  const a = await serviceRepo.byId(s, id);
  assertCanSee(p, a);
  return a;
}

export async function lockVisibleAttendance(s: Scope, p: Principal, id: string): Promise<AttendanceRow> {
  const a = await serviceRepo.lock(s, id);
  assertCanSee(p, a);
  return a;
}

export function assertNotFinished(a: AttendanceRow) {
  if (a.status === 'finished') throw new AppError('ATT_FINISHED');
}

/**
 * One write on one attendance: row locked for the whole transaction (concurrent supervisors queue up
 * and each sees the other's change), 'attendance.updated' emitted, the fresh view returned.
 */
export function changeAttendance(
  platform: Platform,
  p: Principal,
  id: string,
  fn: (s: Scope, a: AttendanceRow) => Promise<AttendanceHandover | void>,
  opts: { openOnly?: boolean } = {},
): Promise<AttendanceService> {
  return platform.tenant.asUser(p, async (s) => {
    const a = await lockVisibleAttendance(s, p, id);
    if (opts.openOnly) assertNotFinished(a);
    const extra = await fn(s, a);
    await announce(platform, s, id, extra ?? {});
    return attendanceServiceView(s, id);
  });
}
