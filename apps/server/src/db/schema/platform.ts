import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantPolicy } from './rls.js';
import { organizations, users } from './tenancy.js';

// Server-side sessions: the cookie holds a random token, the table its SHA-256 (a leaked
// table does not yield usable cookies). Deleting rows revokes sessions at once.
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text().notNull(),
    ip: text(),
    userAgent: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.userId), tenantPolicy('sessions')],
).enableRLS();

// Failed logins, counted per e-mail and per IP over a sliding minute; shared by every instance.
export const authFailures = pgTable(
  'auth_failures',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    key: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.key, t.at)],
);

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
