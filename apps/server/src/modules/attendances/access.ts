import { roleAtLeast } from '@atende/shared';
import type { Principal } from '../../platform/auth/index.js';
import { AppError } from '../../platform/errors.js';
import type { AttendanceRow } from './attendances.repository.js';

/** Agents see the attendances they hold or held; supervisors and admins see all of their organization's. */
export function assertCanSee(p: Principal, a: AttendanceRow | undefined): asserts a is AttendanceRow {
  if (!a) throw new AppError('ATT_NOT_FOUND');
  if (a.assigneeId !== p.userId && !roleAtLeast(p.role, 'supervisor')) throw new AppError('ATT_NOT_FOUND');
}

/** Acting on it (reply, transfer, finish) is for its agent, or a supervisor stepping in. */
export function assertCanAct(p: Principal, a: AttendanceRow) {
  if (a.assigneeId !== p.userId && !roleAtLeast(p.role, 'supervisor')) throw new AppError('ATT_NOT_ASSIGNED');
}
