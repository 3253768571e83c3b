import type { PresenceChange, OpenInterval } from '@atende/shared';
import { and, asc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { pauseReasons, presenceHeartbeats, presenceIntervals } from '../../db/schema/presence.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';

export type EndCause = 'self' | 'supervisor' | 'logout' | 'grace' | 'state_change' | 'unlinked';
export type IntervalRow = typeof presenceIntervals.$inferSelect;

export const presenceRepo = {
  listPauseReasons: (s: Scope) => s.tx.select().from(pauseReasons).orderBy(asc(pauseReasons.name)),
  async insertPauseReason(s: Scope, values: { name: string; productive?: boolean; active?: boolean }) {
    const [row] = await s.tx
      .insert(pauseReasons)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async pauseReasonById(s: Scope, id: string) {
    const [row] = await s.tx.select().from(pauseReasons).where(eq(pauseReasons.id, id));
    return row;
  },
  async updatePauseReason(s: Scope, id: string, values: { name?: string; active?: boolean; productive?: boolean }) {
    const [row] = await s.tx.update(pauseReasons).set(values).where(eq(pauseReasons.id, id)).returning();
    return row;
  },
  async onlineOnTargets(s: Scope, kind: 'voice_queue' | 'chat_channel', targetIds: string[], state: 'online' | 'paused' = 'online') {
    if (!targetIds.length) return [];
    return s.tx
      .select({ userId: presenceIntervals.userId, targetId: presenceIntervals.targetId })
      .from(presenceIntervals)
      .where(
        and(
          isNull(presenceIntervals.endedAt),
          eq(presenceIntervals.state, state),
          eq(presenceIntervals.targetKind, kind),
          inArray(presenceIntervals.targetId, targetIds),
        ),
      );
  },
  /** Agents with any open interval in the organization. */
  async agentsWithOpenIntervals(s: Scope) {
    const rows = await s.tx.selectDistinct({ userId: presenceIntervals.userId }).from(presenceIntervals).where(isNull(presenceIntervals.endedAt));
    return rows.map((r) => r.userId);
  },
  /** Serialises presence changes of one agent across requests and instances. */
  async lockAgent(s: Scope, userId: string) {
    await s.tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'presence:' + userId}))`);
  },
  async openIntervals(s: Scope, userIds?: string[]): Promise<(OpenInterval & { userId: string })[]> {
    const rows = await s.tx
      .select()
      .from(presenceIntervals)
      .where(and(isNull(presenceIntervals.endedAt), userIds ? inArray(presenceIntervals.userId, userIds) : undefined));
    return rows.map((r) => ({
      userId: r.userId,
      kind: r.targetKind,
      targetId: r.targetId,
      state: r.state,
      reasonId: r.pauseReasonId,
      since: r.startedAt,
    }));
  },
  /** Writes a plan: closes and opens intervals at one instant, so timers never overlap or gap. */
  async apply(s: Scope, userId: string, changes: PresenceChange[], actorId: string | null, cause: EndCause, at: Date) {
    for (const c of changes) {
      if (c.op === 'close') {
        await s.tx
          .update(presenceIntervals)
          .set({ endedAt: at, endedBy: actorId, endCause: cause })
          .where(
            and(
              eq(presenceIntervals.userId, userId),
              eq(presenceIntervals.targetKind, c.kind),
              eq(presenceIntervals.targetId, c.targetId),
              isNull(presenceIntervals.endedAt),
            ),
          );
      } else {
        await s.tx.insert(presenceIntervals).values({
          organizationId: s.organizationId,
          userId,
          targetKind: c.kind,
          targetId: c.targetId,
          state: c.state,
          pauseReasonId: c.reasonId,
          startedAt: at,
          startedBy: actorId,
        });
      }
    }
  },
  intervals(s: Scope, userId: string, from: Date, to: Date) {
    return s.tx
      .select()
      .from(presenceIntervals)
      .where(
        and(
          eq(presenceIntervals.userId, userId),
          lt(presenceIntervals.startedAt, to),
          or(isNull(presenceIntervals.endedAt), gt(presenceIntervals.endedAt, from)),
        ),
      )
      .orderBy(asc(presenceIntervals.startedAt));
  },
  heartbeats(s: Scope) {
    return s.tx.select().from(presenceHeartbeats);
  },
  async touch(s: SystemScope, entries: { organizationId: string; userId: string }[], at: Date) {
    if (!entries.length) return;
    await s.tx
      .insert(presenceHeartbeats)
      .values(entries.map((e) => ({ ...e, lastSeenAt: at })))
      .onConflictDoUpdate({ target: presenceHeartbeats.userId, set: { lastSeenAt: at } });
  },
  async touchInTenant(s: Scope, userId: string, at: Date) {
    await s.tx
      .insert(presenceHeartbeats)
      .values({ organizationId: s.organizationId, userId, lastSeenAt: at })
      .onConflictDoUpdate({ target: presenceHeartbeats.userId, set: { lastSeenAt: at } });
  },
  /** Agents with an open interval whose last connection is older than the cut-off (or never seen). */
  async staleAgents(s: SystemScope, cutoff: Date) {
    const rows = await s.tx
      .selectDistinct({ organizationId: presenceIntervals.organizationId, userId: presenceIntervals.userId })
      .from(presenceIntervals)
      .leftJoin(presenceHeartbeats, eq(presenceHeartbeats.userId, presenceIntervals.userId))
      .where(and(isNull(presenceIntervals.endedAt), or(isNull(presenceHeartbeats.lastSeenAt), lt(presenceHeartbeats.lastSeenAt, cutoff))));
    return rows;
  },
};
