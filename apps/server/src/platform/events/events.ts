import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { domainEvents, eventDeliveries } from '../../db/schema/platform.js';
import type { Database } from '../db/client.js';
import type { Scope } from '../db/tenant.js';
import type { Jobs } from '../jobs/jobs.js';

export type DomainEvent<T = Record<string, unknown>> = {
  id: number;
  organizationId: string;
  type: string;
  actorId: string | null;
  payload: T;
  createdAt: Date;
};

export type Listener = (event: DomainEvent) => Promise<void> | void;

export type Events = {
  /** Writes the event in the caller's transaction; listeners run only after it commits. */
  emit<T extends Record<string, unknown>>(scope: Scope, type: string, payload: T): Promise<number>;
  /** `type` may be '*' for every event. `name` identifies the listener's delivery record: keep it stable. */
  on(type: string, name: string, listener: Listener): void;
  /** Runs the pending listeners of one event; throws while any is still unfinished (the job retries). */
  dispatch(eventId: number): Promise<void>;
};

export const DISPATCH_QUEUE = 'events.dispatch';
const CLAIM_LEASE = sql`now() - interval '60 seconds'`;

export function createEvents(database: Database, jobs: Jobs, log: FastifyBaseLogger, timing: { delaySeconds: number; retryDelaySeconds: number }): Events {
  const listeners = new Map<string, Map<string, Listener>>();
  const db = database.db;

  async function claim(eventId: number, listener: string): Promise<'claimed' | 'done' | 'busy'> {
    const rows = await db
      .insert(eventDeliveries)
      .values({ eventId, listener })
      .onConflictDoUpdate({
        target: [eventDeliveries.eventId, eventDeliveries.listener],
        set: { claimedAt: sql`now()`, attempts: sql`${eventDeliveries.attempts} + 1` },
        setWhere: and(isNull(eventDeliveries.doneAt), lt(eventDeliveries.claimedAt, CLAIM_LEASE)),
      })
      .returning({ eventId: eventDeliveries.eventId });
    if (rows.length) return 'claimed';
    const [row] = await db
      .select({ doneAt: eventDeliveries.doneAt })
      .from(eventDeliveries)
      .where(and(eq(eventDeliveries.eventId, eventId), eq(eventDeliveries.listener, listener)));
    return row?.doneAt ? 'done' : 'busy';
  }

  async function dispatch(eventId: number) {
    const [event] = await db.select().from(domainEvents).where(eq(domainEvents.id, eventId));
    if (!event) return;
    const named = new Map([...(listeners.get('*') ?? []), ...(listeners.get(event.type) ?? [])]);
    let unfinished = 0;
    for (const [name, listener] of named) {
      const state = await claim(eventId, name);
      if (state === 'done') continue;
      if (state === 'busy') {
        unfinished++;
        continue;
      }
      try {
        await listener(event as DomainEvent);
        await db
          .update(eventDeliveries)
          .set({ doneAt: sql`now()`, lastError: null })
          .where(and(eq(eventDeliveries.eventId, eventId), eq(eventDeliveries.listener, name)));
      } catch (err) {
        unfinished++;
        log.warn({ err, eventId, listener: name }, 'event listener failed; will retry');
        // Release the claim at once so the retry job can take it.
        await db
          .update(eventDeliveries)
          .set({ claimedAt: sql`'-infinity'::timestamptz`, lastError: String(err).slice(0, 2000) })
          .where(and(eq(eventDeliveries.eventId, eventId), eq(eventDeliveries.listener, name), isNull(eventDeliveries.doneAt)));
      }
    }
    if (unfinished) throw new Error(`event ${eventId}: ${unfinished} listener(s) unfinished`);
  }

  jobs.register<{ eventId: number }>(DISPATCH_QUEUE, ({ eventId }) => dispatch(eventId), { retryLimit: 20, retryDelay: timing.retryDelaySeconds });

  return {
    async emit(scope, type, payload) {
      const [row] = await scope.tx
        .insert(domainEvents)
        .values({ organizationId: scope.organizationId, type, actorId: scope.actorId, payload })
        .returning({ id: domainEvents.id });
      const eventId = row!.id;
      // The job is the durable path; the in-process call right after commit is the fast one.
      await jobs.sendInTx(scope, DISPATCH_QUEUE, { eventId }, { startAfter: timing.delaySeconds });
      scope.onCommit(() => {
        setImmediate(() => dispatch(eventId).catch(() => {})); // failures are retried by the job
      });
      return eventId;
    },
    on(type, name, listener) {
      const byName = listeners.get(type) ?? new Map<string, Listener>();
      if (byName.has(name)) throw new Error(`listener ${name} already registered for ${type}`);
      byName.set(name, listener);
      listeners.set(type, byName);
    },
    dispatch,
  };
}
