import { and, asc, eq } from 'drizzle-orm';
import { queueMembers, queues } from '../../db/schema/routing.js';
import type { Scope } from '../../platform/db/tenant.js';

export type NewQueue = Omit<typeof queues.$inferInsert, 'organizationId'>;

export const routingRepo = {
  async list(s: Scope) {
    const rows = await s.tx.select().from(queues).orderBy(asc(queues.kind), asc(queues.name));
    const members = await s.tx.select().from(queueMembers);
    return rows.map((q) => ({ ...q, members: members.filter((m) => m.queueId === q.id).map(({ userId, capacity }) => ({ userId, capacity })) }));
  },
  /** The active queues an agent is a member of, with the agent's capacity in each. */
  agentQueues(s: Scope, userId: string) {
    return s.tx
      .select({ id: queues.id, name: queues.name, kind: queues.kind, direction: queues.direction, capacity: queueMembers.capacity })
      .from(queueMembers)
      .innerJoin(queues, eq(queues.id, queueMembers.queueId))
      .where(and(eq(queueMembers.userId, userId), eq(queues.active, true)))
      .orderBy(asc(queues.name));
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
