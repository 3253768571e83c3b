import { performance } from 'node:perf_hooks';
import { and, asc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DomainEventMap, DomainEventType } from '@atende/shared';
import type { FastifyBaseLogger } from 'fastify';
import { domainEvents, eventDeliveries } from '../../db/schema/platform.js';
import type { Database } from '../db/client.js';
import type { Scope } from '../db/tenant.js';

/** One stored event; `type` narrows `payload` (the map lives in packages/shared, issue item 26). */
export type DomainEvent<K extends DomainEventType = DomainEventType> = {
  [T in K]: { id: number; organizationId: string; type: T; actorId: string | null; payload: DomainEventMap[T]; createdAt: Date };
}[K];

/** A listener of one event type, of several (a union narrows by `type`) or of every event ('*'). */
export type Listener<K extends DomainEventType = DomainEventType> = (event: DomainEvent<K>) => Promise<void> | void;

export type Events = {
  /** Writes the event in the caller's transaction; listeners run only after it commits. */
  emit<K extends DomainEventType>(scope: Scope, type: K, payload: DomainEventMap[K]): Promise<number>;
  /**
   * For a caller that writes the event in the statement that writes what it is about (a CTE: one
   * round trip less on a hot path): `INSERT … SELECT` of the event's row from `source`, `payload`
   * being an SQL expression over it, returning id and created_at (and `returning`, for a caller that
   * writes several events and must tell them apart). Pass that row to `written`.
   */
  insertSql<K extends DomainEventType>(scope: Scope, type: K, payload: SQL, source: SQL, returning?: SQL): SQL;
  /** The event `insertSql` wrote, with its payload as stored: dispatched after the commit, as `emit`'s are. */
  written<K extends DomainEventType>(scope: Scope, type: K, payload: DomainEventMap[K], row: { id: number; createdAt: Date }): number;
  /** `type` may be '*' for every event. `name` identifies the listener for retries: keep it stable. */
  on<K extends DomainEventType>(type: K | '*', name: string, listener: Listener<K>): void;
  /** Re-dispatches events whose listeners have not all run (after a crash or a failure). */
  sweep(now?: Date): Promise<number>;
  start(): void;
  stop(): Promise<void>;
};

export type EventTiming = { sweepSeconds: number; firstRetrySeconds: number };

// A claim older than this belongs to a dispatcher that died; another may take the event over.
const CLAIM_LEASE_SECONDS = 60;

/**
 * Transactional outbox (ARCHITECTURE §3). The fast path dispatches right after commit, in process,
 * with the event in memory. A fresh event is leased to the process that wrote it until its
 * `next_attempt_at` (emit time + firstRetrySeconds), so the fast path runs its listeners at once,
 * with no claim, and marks events done in batches: the core loop's latency pays no extra round
 * trip. The sweeper is the durable path: any event not dispatched by its `next_attempt_at` (crash,
 * failed listener) runs again, with backoff, on whichever instance sees it first, after claiming
 * it. A listener that succeeded is never run twice.
 */
export function createEvents(database: Database, log: FastifyBaseLogger, timing: EventTiming): Events {
  const listeners = new Map<string, Map<string, Listener>>();
  const db = database.db;
  let timer: NodeJS.Timeout | undefined;
  const inFlight = new Set<Promise<unknown>>();
  // Events this process is already dispatching on the fast path: the sweeper leaves them alone.
  const fastPending = new Set<number>();

  async function claim(id: number) {
    const [row] = await db
      .update(domainEvents)
      .set({ claimedAt: sql`now()`, attempts: sql`${domainEvents.attempts} + 1` })
      .where(
        and(
          eq(domainEvents.id, id),
          isNull(domainEvents.dispatchedAt),
          or(isNull(domainEvents.claimedAt), lte(domainEvents.claimedAt, sql`now() - make_interval(secs => ${CLAIM_LEASE_SECONDS})`)),
        ),
      )
      .returning({ attempts: domainEvents.attempts });
    return row;
  }

  /** Runs the listeners not yet run for this event; the names that failed, with their errors. */
  async function runListeners(event: DomainEvent, done: Set<string>) {
    // The event's own listeners first (the realtime pushes someone is waiting for), then the
    // catch-all ones (webhook deliveries, the wallboard), which may write: a push never waits for them.
    const named = [...(listeners.get(event.type) ?? []), ...(listeners.get('*') ?? [])];
    const succeeded: string[] = [];
    const failures: string[] = [];
    for (const [name, listener] of named) {
      if (done.has(name)) continue;
      try {
        await listener(event);
        succeeded.push(name);
      } catch (err) {
        failures.push(`${name}: ${String(err).slice(0, 500)}`);
        log.warn({ err, eventId: event.id, listener: name }, 'event listener failed; will retry');
      }
    }
    return { succeeded, failures };
  }

  /** Remembers the listeners that ran and schedules the event again, with backoff. */
  async function scheduleRetry(event: DomainEvent, attempts: number, succeeded: string[], failures: string[]) {
    if (succeeded.length) {
      await db
        .insert(eventDeliveries)
        .values(succeeded.map((listener) => ({ eventId: event.id, listener })))
        .onConflictDoNothing();
    }
    const backoff = Math.min(300, timing.firstRetrySeconds * 2 ** (attempts - 1));
    await db
      .update(domainEvents)
      .set({
        claimedAt: null,
        attempts,
        lastError: failures.join('\n').slice(0, 2000),
        nextAttemptAt: sql`now() + make_interval(secs => ${backoff})`,
      })
      .where(eq(domainEvents.id, event.id));
  }

  // Done marks of the fast path, written together: one UPDATE for every event finished meanwhile.
  let doneQueue: number[] = [];
  let flushing: Promise<void> | null = null;
  function markDone(id: number): Promise<void> {
    doneQueue.push(id);
    flushing ??= (async () => {
      // After a turn of the event loop: on PGlite a whole transaction and its dispatch can run without one.
      while ((await new Promise<void>((resolve) => setImmediate(resolve)), doneQueue.length)) {
        const ids = doneQueue;
        doneQueue = [];
        await db
          .update(domainEvents)
          .set({ dispatchedAt: sql`now()`, claimedAt: null })
          .where(and(inArray(domainEvents.id, ids), isNull(domainEvents.dispatchedAt)));
      }
    })().finally(() => (flushing = null));
    return flushing;
  }

  /** The durable path: claim, run what has not run, then done or retry. */
  async function dispatch(event: DomainEvent) {
    const claimed = await claim(event.id);
    if (!claimed) return; // done already, or another dispatcher has it
    // Only a retry can have listeners that already ran.
    const done =
      claimed.attempts > 1
        ? new Set(
            (await db.select({ l: eventDeliveries.listener }).from(eventDeliveries).where(eq(eventDeliveries.eventId, event.id))).map((r) => r.l),
          )
        : new Set<string>();
    const { succeeded, failures } = await runListeners(event, done);
    if (!failures.length) {
      await db
        .update(domainEvents)
        .set({ dispatchedAt: sql`now()`, claimedAt: null })
        .where(eq(domainEvents.id, event.id));
      return;
    }
    await scheduleRetry(event, claimed.attempts, succeeded, failures);
  }

  /** The fast path for an event this process has just committed and still holds the lease of. */
  async function dispatchFresh(event: DomainEvent, emittedAt: number) {
    // Past half the lease (a very slow commit), take the claimed path: another instance may sweep it soon.
    if (performance.now() - emittedAt > (timing.firstRetrySeconds * 1000) / 2) return dispatch(event);
    const { succeeded, failures } = await runListeners(event, new Set());
    if (!failures.length) return markDone(event.id);
    await scheduleRetry(event, 1, succeeded, failures);
  }

  const track = (p: Promise<unknown>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };

  async function sweep(now = new Date()) {
    const due = await db
      .select()
      .from(domainEvents)
      .where(
        and(
          isNull(domainEvents.dispatchedAt),
          lte(domainEvents.nextAttemptAt, now),
          or(isNull(domainEvents.claimedAt), lte(domainEvents.claimedAt, sql`now() - make_interval(secs => ${CLAIM_LEASE_SECONDS})`)),
        ),
      )
      .orderBy(asc(domainEvents.id))
      .limit(200);
    const mine = due.filter((row) => !fastPending.has(row.id));
    for (const row of mine) await dispatch(row as DomainEvent).catch((err) => log.error({ err, eventId: row.id }, 'event dispatch failed'));
    return mine.length;
  }

  /** Arms the fast dispatch of an event written in the caller's transaction. */
  function written(scope: Scope, type: DomainEventType, payload: unknown, row: { id: number; createdAt: Date }) {
    // TypeScript cannot pair a generic `type` with its payload inside the union; the signature did.
    const event = {
      id: Number(row.id),
      organizationId: scope.organizationId,
      type,
      actorId: scope.actorId,
      payload,
      createdAt: new Date(row.createdAt),
    } as DomainEvent;
    const emittedAt = performance.now();
    scope.onCommit(() => {
      fastPending.add(event.id);
      track(
        dispatchFresh(event, emittedAt)
          .catch((err) => log.warn({ err, eventId: event.id }, 'fast dispatch failed; the sweeper retries'))
          .finally(() => fastPending.delete(event.id)),
      );
    });
    return event.id;
  }

  return {
    async emit(scope, type, payload) {
      const [row] = await scope.tx
        .insert(domainEvents)
        .values({
          organizationId: scope.organizationId,
          type,
          actorId: scope.actorId,
          payload,
          // The lease of the fast path: the sweeper leaves it alone until then. clock_timestamp(), not
          // now(): the lease starts when the event is written, however long the transaction ran before.
          nextAttemptAt: sql`clock_timestamp() + make_interval(secs => ${timing.firstRetrySeconds})`,
        })
        .returning({ id: domainEvents.id, createdAt: domainEvents.createdAt });
      return written(scope, type, payload, row!);
    },
    insertSql(scope, type, payload, source, returning) {
      // The same row and lease as emit's.
      return sql`insert into domain_events (organization_id, type, actor_id, payload, next_attempt_at)
        select ${scope.organizationId}::uuid, ${type}, ${scope.actorId}::uuid, ${payload},
          clock_timestamp() + make_interval(secs => ${timing.firstRetrySeconds}) ${source}
        returning id, created_at${returning ? sql`, ${returning}` : sql``}`;
    },
    written,
    on(type, name, listener) {
      const byName = listeners.get(type) ?? new Map<string, Listener>();
      if (byName.has(name)) throw new Error(`listener ${name} already registered for ${type}`);
      // Stored widened: runListeners only hands it events of the type it was registered under.
      byName.set(name, listener as Listener);
      listeners.set(type, byName);
    },
    sweep,
    start() {
      timer = setInterval(() => track(sweep().catch((err) => log.error({ err }, 'event sweep failed'))), timing.sweepSeconds * 1000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await Promise.allSettled([...inFlight]);
    },
  };
}
