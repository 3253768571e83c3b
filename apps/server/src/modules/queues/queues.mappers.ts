import type { Queue } from '@atende/shared';
import type { queues } from '../../db/schema/routing.js';

export const toQueue = (q: typeof queues.$inferSelect & { members: { userId: string; capacity: number }[] }): Queue => ({
  id: q.id,
  name: q.name,
  kind: q.kind,
  direction: q.direction,
  policy: q.policy,
  companyId: q.companyId,
  active: q.active,
  members: q.members,
});
