import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantPolicy } from './rls.js';
import { organizations } from './tenancy.js';

// Transactional outbox (ARCHITECTURE §3): written in the transaction that changes state.
export const domainEvents = pgTable(
  'domain_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    actorId: uuid(),
    payload: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organizationId, t.id), tenantPolicy('domain_events')],
).enableRLS();

// One row per (event, listener): a listener runs once per event, whoever dispatches it.
export const eventDeliveries = pgTable(
  'event_deliveries',
  {
    eventId: bigint({ mode: 'number' })
      .notNull()
      .references(() => domainEvents.id, { onDelete: 'cascade' }),
    listener: text().notNull(),
    claimedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(1),
    lastError: text(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.listener] })],
);
