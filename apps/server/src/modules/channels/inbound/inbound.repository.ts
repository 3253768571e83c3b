import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { channelInboundEvents } from '../../../db/schema/channels.js';
import type { Scope, SystemScope } from '../../../platform/db/tenant.js';

export type StoredInbound = typeof channelInboundEvents.$inferSelect;
export type NewInbound = { channelId: string; eventId: string; payload: unknown };

// Contacts already locked by the transaction (a batch locks all of its own at once): not asked again.
const lockedContacts = new WeakMap<object, Set<string>>();

// ARCHITECTURE §3 inbound: the store is written before the webhook answers, and is the work list.
export const inboundRepo = {
  /** Stores the events once per channel and provider event id; answers the ids of those new here. */
  async store(s: Scope, channelId: string, events: { eventId: string; payload: unknown }[]): Promise<number[]> {
    if (!events.length) return [];
    const rows = await s.tx
      .insert(channelInboundEvents)
      .values(events.map((e) => ({ organizationId: s.organizationId, channelId, eventId: e.eventId, payload: e.payload })))
      .onConflictDoNothing()
      .returning({ id: channelInboundEvents.id });
    return rows.map((r) => r.id);
  },
  /**
   * The same for several channels' events in one statement; answers the new rows' keys and ids.
   * `claimed`: stored already marked processed, for a caller that applies them in this transaction.
   */
  async storeMany(s: Scope, events: NewInbound[], claimed = false) {
    if (!events.length) return [];
    const processedAt = claimed ? sql`now()` : null;
    return s.tx
      .insert(channelInboundEvents)
      .values(events.map((e) => ({ organizationId: s.organizationId, channelId: e.channelId, eventId: e.eventId, payload: e.payload, processedAt })))
      .onConflictDoNothing()
      .returning({ id: channelInboundEvents.id, channelId: channelInboundEvents.channelId, eventId: channelInboundEvents.eventId });
  },
  /**
   * Pending events, locked and marked processed in one statement (the caller's transaction makes the
   * mark final only if it commits), those another worker holds left out; in stored order.
   */
  async claimMany(s: Scope, ids: number[]) {
    const wanted = `{${ids.map((id) => Math.trunc(id)).join(',')}}`;
    const rows = await s.tx
      .update(channelInboundEvents)
      .set({ processedAt: sql`now()`, lastError: null })
      .where(
        inArray(
          channelInboundEvents.id,
          sql`(select e.id from channel_inbound_events e where e.id = any(${wanted}::bigint[]) and e.processed_at is null for update skip locked)`,
        ),
      )
      .returning();
    return rows.sort((a, b) => a.id - b.id);
  },
  async done(s: Scope, id: number, note: string | null = null) {
    await s.tx
      .update(channelInboundEvents)
      .set({ processedAt: sql`now()`, lastError: note })
      .where(eq(channelInboundEvents.id, id));
  },
  /** Schedules a retry with backoff (1 s, 2 s, 4 s… up to 5 min). */
  async retryLater(s: Scope, id: number, attempts: number, error: string) {
    const delay = Math.min(300, 2 ** Math.max(0, attempts - 1));
    await s.tx
      .update(channelInboundEvents)
      .set({ processedAt: null, attempts, lastError: error.slice(0, 2000), nextAttemptAt: sql`now() + make_interval(secs => ${delay})` })
      .where(eq(channelInboundEvents.id, id));
  },
  /** Events whose processing is due (crashed fast path, failed attempt), every organization. */
  due(s: SystemScope, limit: number) {
    return s.tx
      .select({ id: channelInboundEvents.id, organizationId: channelInboundEvents.organizationId })
      .from(channelInboundEvents)
      .where(and(isNull(channelInboundEvents.processedAt), lte(channelInboundEvents.nextAttemptAt, sql`now()`)))
      .orderBy(asc(channelInboundEvents.id))
      .limit(limit);
  },
  byIds(s: Scope, ids: number[]) {
    return s.tx.select().from(channelInboundEvents).where(inArray(channelInboundEvents.id, ids));
  },
  /**
   * Serialises one contact's events on one channel for the rest of the transaction: two messages of a
   * new contact arriving together open one attendance, not two.
   */
  async lockContact(s: Scope, channelId: string, identity: string) {
    const key = `${channelId}:${identity}`;
    if (lockedContacts.get(s.tx)?.has(key)) return;
    await s.tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
  },
  /** Several contacts in one statement, always in the same order, so two batches never wait on each other in a cycle. */
  async lockContacts(s: Scope, contacts: { channelId: string; identity: string }[]) {
    const keys = [...new Set(contacts.map((c) => `${c.channelId}:${c.identity}`))].sort();
    if (!keys.length) return;
    await s.tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) with ordinality as t(k, n) order by n`,
    );
    const locked = lockedContacts.get(s.tx) ?? new Set<string>();
    for (const key of keys) locked.add(key);
    lockedContacts.set(s.tx, locked);
  },
};
