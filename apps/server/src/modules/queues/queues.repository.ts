import { and, asc, eq, inArray } from 'drizzle-orm';
import { users } from '../../db/schema/tenancy.js';
import { queueMembers, queues } from '../../db/schema/routing.js';
import type { Scope } from '../../platform/db/tenant.js';

export type NewQueue = Omit<typeof queues.$inferInsert, 'organizationId'>;

// Queue definitions and memberships (SPEC ORG-05): data that presence, routing and channels read.
export const queuesRepo = {
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
    const [row] = await s.tx
      .insert(queues)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(queues).where(eq(queues.id, id));
    return row;
  },
  async update(s: Scope, id: string, values: Partial<NewQueue>) {
    const [row] = await s.tx.update(queues).set(values).where(eq(queues.id, id)).returning();
    return row;
  },
  async remove(s: Scope, id: string) {
    return (await s.tx.delete(queues).where(eq(queues.id, id)).returning({ id: queues.id })).length > 0;
  },
  async memberIds(s: Scope, queueId: string) {
    return (await s.tx.select({ userId: queueMembers.userId }).from(queueMembers).where(eq(queueMembers.queueId, queueId))).map((r) => r.userId);
  },
  /** Replaces the members; false when an id is not an active user of this organization. */
  async setMembers(s: Scope, queueId: string, members: { userId: string; capacity: number }[]) {
    const ids = [...new Set(members.map((m) => m.userId))];
    if (ids.length !== members.length) return false;
    if (ids.length) {
      // RLS hides other organizations' users: a foreign id is simply not found.
      const found = await s.tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, ids), eq(users.active, true)));
      if (found.length !== ids.length) return false;
    }
    await s.tx.delete(queueMembers).where(eq(queueMembers.queueId, queueId));
    await queuesRepo.addMembers(s, queueId, members);
    return true;
  },
  members(s: Scope, queueId: string) {
    return s.tx.select({ userId: queueMembers.userId, capacity: queueMembers.capacity }).from(queueMembers).where(eq(queueMembers.queueId, queueId));
  },
  async queuesOfAgent(s: Scope, userId: string) {
    return (await s.tx.select({ id: queueMembers.queueId }).from(queueMembers).where(eq(queueMembers.userId, userId))).map((r) => r.id);
  },
  async addMembers(s: Scope, queueId: string, members: { userId: string; capacity?: number }[]) {
    if (!members.length) return;
    await s.tx.insert(queueMembers).values(members.map((m) => ({ ...m, queueId, organizationId: s.organizationId })));
  },
};
