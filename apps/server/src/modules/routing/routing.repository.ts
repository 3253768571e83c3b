import { asc } from 'drizzle-orm';
import { queueMembers, queues } from '../../db/schema/routing.js';
import type { Scope } from '../../platform/db/tenant.js';

export type NewQueue = Omit<typeof queues.$inferInsert, 'organizationId'>;

export const routingRepo = {
  async list(s: Scope) {
    const rows = await s.tx.select().from(queues).orderBy(asc(queues.kind), asc(queues.name));
    const members = await s.tx.select().from(queueMembers);
    return rows.map((q) => ({ ...q, members: members.filter((m) => m.queueId === q.id).map(({ userId, capacity }) => ({ userId, capacity })) }));
  },
  async insert(s: Scope, values: NewQueue) {
    const [row] = await s.tx.insert(queues).values({ ...values, organizationId: s.organizationId }).returning();
    return row!;
  },
  async addMembers(s: Scope, queueId: string, members: { userId: string; capacity?: number }[]) {
    if (!members.length) return;
    await s.tx.insert(queueMembers).values(members.map((m) => ({ ...m, queueId, organizationId: s.organizationId })));
  },
};
