import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantPolicy } from './rls.js';
import { organizationId } from './columns.js';

// Transactional outbox (ARCHITECTURE §3): written in the transaction that changes state.
export const domainEvents = pgTable(
  'domain_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: organizationId(),
    type: text().notNull(),
    actorId: uuid(),
    payload: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set once every listener has run; until then the sweeper retries it from `nextAttemptAt`. */
    dispatchedAt: timestamp({ withTimezone: true }),
    claimedAt: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
  },
  (t) => [
    index().on(t.organizationId, t.id),
    index('domain_events_pending')
      .on(t.nextAttemptAt)
      .where(sql`dispatched_at is null`),
    tenantPolicy('domain_events'),
  ],
).enableRLS();

// Listeners that already ran for an event whose other listeners failed: a retry skips them.
export const eventDeliveries = pgTable(
  'event_deliveries',
  {
    eventId: bigint({ mode: 'number' })
      .notNull()
      .references(() => domainEvents.id, { onDelete: 'cascade' }),
    listener: text().notNull(),
    doneAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.listener] })],
);
