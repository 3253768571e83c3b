import { roleAtLeast } from '@atende/shared';
import type { Principal } from '../../platform/auth/index.js';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import { attendancesRepo, type AttendanceRow } from './attendances.repository.js';

/** Agents see the attendances they hold or held; supervisors and admins see all of their organization's. */
export function assertCanSee(p: Principal, a: AttendanceRow | undefined): asserts a is AttendanceRow {
  if (!a) throw new AppError('ATT_NOT_FOUND');
  if (a.assigneeId !== p.userId && !roleAtLeast(p.role, 'supervisor')) throw new AppError('ATT_NOT_FOUND');
}

/**
 * Reading (detail, messages, attachment downloads) goes further than `assertCanSee`: SPEC ATT-09 and
 * PER-04 — an agent serving a customer reads the customer's past attendances. So any staff user of
 * the organization reads a finished attendance, and an agent currently holding an attendance of a
 * person reads that person's others. Anything else stays 404, as if it did not exist. Writes keep
 * their own rule (`assertCanAct` and the commands' checks): what may be read is still not theirs.
 */
export async function readableAttendance(s: Scope, p: Principal, a: AttendanceRow | undefined): Promise<AttendanceRow> {
  if (!a) throw new AppError('ATT_NOT_FOUND');
  if (a.assigneeId === p.userId || roleAtLeast(p.role, 'supervisor') || a.status === 'finished') return a;
  if (a.personId && (await attendancesRepo.holdsPersonAttendance(s, p.userId, a.personId))) return a;
  throw new AppError('ATT_NOT_FOUND');
}

/** Acting on it (reply, transfer, finish) is for its agent, or a supervisor stepping in. */
export function assertCanAct(p: Principal, a: AttendanceRow) {
  if (a.assigneeId !== p.userId && !roleAtLeast(p.role, 'supervisor')) throw new AppError('ATT_NOT_ASSIGNED');
}
