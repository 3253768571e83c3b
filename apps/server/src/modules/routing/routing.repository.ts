import { inArray, sql } from 'drizzle-orm';
import { routingAgentState } from '../../db/schema/routing.js';
import type { Scope } from '../../platform/db/tenant.js';

// The dispatcher's own state: the per-queue lock and when each agent was last offered or freed.
export const routingRepo = {
  /** Serialises routing of one queue across requests and instances: each contact is offered once. */
  async lockQueue(s: Scope, queueId: string) {
    await s.tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'route:' + queueId}))`);
  },
  async agentStates(s: Scope, userIds: string[]) {
    if (!userIds.length) return new Map<string, typeof routingAgentState.$inferSelect>();
    const rows = await s.tx.select().from(routingAgentState).where(inArray(routingAgentState.userId, userIds));
    return new Map(rows.map((r) => [r.userId, r]));
  },
  async touchAgent(s: Scope, userId: string, field: 'lastAssignedAt' | 'lastFreedAt', at: Date) {
    await s.tx
      .insert(routingAgentState)
      .values({ organizationId: s.organizationId, userId, [field]: at })
      .onConflictDoUpdate({ target: routingAgentState.userId, set: { [field]: at } });
  },
};
