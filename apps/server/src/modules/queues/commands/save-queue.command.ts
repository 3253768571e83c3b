import type { Queue, queueBody, updateQueueBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { constraintError } from '../../../platform/db/pg-errors.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { companyExists } from '../../tenancy/index.js';
import { queuesRepo } from '../queues.repository.js';
import { toQueue } from '../queues.mappers.js';

type Body = z.infer<typeof queueBody>;

// WS-04: only voice queues have a direction (inbound "Receptivo" / outbound "Ativo").
function checkDirection(kind: Body['kind'], direction: Body['direction'] | undefined) {
  if (kind === 'chat' && direction) throw new AppError('QUEUE_KIND_MISMATCH');
}

// A foreign key alone accepts another organization's company (the database checks it without RLS):
// look it up under RLS, so a foreign id is refused exactly like one that does not exist (issue item).
async function checkCompany(s: Scope, companyId: string | null | undefined) {
  if (companyId && !(await companyExists(s, companyId))) throw new AppError('COMPANY_NOT_FOUND');
}
const mapErrors = (err: unknown): never => {
  const c = constraintError(err);
  if (c?.kind === 'unique' && c.constraint === 'queues_name_unique') throw new AppError('QUEUE_NAME_TAKEN');
  if (c?.kind === 'foreign_key' && c.constraint.startsWith('channels_')) throw new AppError('QUEUE_IN_USE');
  if (c?.kind === 'foreign_key' && c.constraint.includes('company')) throw new AppError('COMPANY_NOT_FOUND');
  throw err;
};

const run = <T>(platform: Platform, p: Principal, fn: Parameters<Platform['tenant']['inTenant']>[2]) =>
  (platform.tenant.inTenant(p.organizationId, p.userId, fn) as Promise<T>).catch(mapErrors);

export function createQueueCommand(platform: Platform, p: Principal, body: Body): Promise<Queue> {
  checkDirection(body.kind, body.direction);
  return run(platform, p, async (s) => {
    await checkCompany(s, body.companyId);
    const row = await queuesRepo.insert(s, { ...body, direction: body.kind === 'voice' ? (body.direction ?? 'inbound') : null });
    await platform.events.emit(s, 'queue.created', { queueId: row.id });
    return toQueue({ ...row, members: [] });
  });
}

export function updateQueueCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof updateQueueBody>): Promise<Queue> {
  return run(platform, p, async (s) => {
    const current = await queuesRepo.byId(s, id);
    if (!current) throw new AppError('QUEUE_NOT_FOUND');
    // A queue's kind is fixed: its channels and its agents' sessions depend on it.
    if (body.kind && body.kind !== current.kind) throw new AppError('QUEUE_KIND_MISMATCH');
    checkDirection(current.kind, body.direction);
    await checkCompany(s, body.companyId);
    const row = await queuesRepo.update(s, id, body);
    await platform.events.emit(s, 'queue.updated', { queueId: id, active: row!.active });
    return toQueue({ ...row!, members: (await queuesRepo.list(s)).find((q) => q.id === id)!.members });
  });
}

export function deleteQueueCommand(platform: Platform, p: Principal, id: string): Promise<void> {
  return run(platform, p, async (s) => {
    const members = await queuesRepo.memberIds(s, id);
    if (!(await queuesRepo.remove(s, id))) throw new AppError('QUEUE_NOT_FOUND');
    await platform.events.emit(s, 'queue.deleted', { queueId: id, userIds: members });
  });
}

/** SPEC ORG-05, ATT-02: agents' queue memberships and per-channel capacity. */
export function setQueueMembersCommand(
  platform: Platform,
  p: Principal,
  id: string,
  members: { userId: string; capacity: number }[],
): Promise<Queue> {
  return run(platform, p, async (s) => {
    if (!(await queuesRepo.byId(s, id))) throw new AppError('QUEUE_NOT_FOUND');
    const before = await queuesRepo.memberIds(s, id);
    if (!(await queuesRepo.setMembers(s, id, members))) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'body.members', rule: 'unknown_reference' }] });
    }
    const after = new Set(members.map((m) => m.userId));
    await platform.events.emit(s, 'queue.members_changed', { queueId: id, removed: before.filter((u) => !after.has(u)) });
    return toQueue((await queuesRepo.list(s)).find((q) => q.id === id)!);
  });
}
