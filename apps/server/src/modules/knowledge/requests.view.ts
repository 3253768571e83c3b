import type { ServiceRequest } from '@atende/shared';
import type { Scope } from '../../platform/db/tenant.js';
import { personNamesByIds } from '../persons/index.js';
import type { RequestRow } from './requests.repository.js';

/** Requests as the API shows them, with their persons' names read in one query. */
/** SPEC KB-01 "Atrasada": not yet answered or closed, and past its due time. */
export const isLate = (r: Pick<RequestRow, 'status' | 'dueAt'>, now = new Date()) =>
  (r.status === 'open' || r.status === 'in_progress') && r.dueAt.getTime() < now.getTime();

export async function toRequests(s: Scope, rows: RequestRow[], now = new Date()): Promise<ServiceRequest[]> {
  const names = await personNamesByIds(
    s,
    rows.flatMap((r) => (r.personId ? [r.personId] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    protocol: r.protocol,
    requestTypeId: r.requestTypeId,
    title: r.title,
    attendanceId: r.attendanceId,
    personId: r.personId,
    personName: r.personId ? (names.get(r.personId) ?? null) : null,
    description: r.description,
    status: r.status,
    teamId: r.teamId,
    assigneeId: r.assigneeId,
    dueAt: r.dueAt.toISOString(),
    late: isLate(r, now),
    attachmentIds: r.attachmentIds,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}
