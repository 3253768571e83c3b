import type { ServiceRequest } from '@atende/shared';
import type { Scope } from '../../platform/db/tenant.js';
import { personNamesByIds } from '../persons/index.js';
import type { RequestRow } from './requests.repository.js';

/** Requests as the API shows them, with their persons' names read in one query. */
export async function toRequests(s: Scope, rows: RequestRow[]): Promise<ServiceRequest[]> {
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
    attachmentIds: r.attachmentIds,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}
