import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantPolicy } from './rls.js';
import { companies, users } from './tenancy.js';
import { organizationId } from './columns.js';

// SPEC ORG-05, ATT-02: where contacts wait to be offered. Voice queues have a direction (WS-04).
export const queues = pgTable(
  'queues',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    companyId: uuid().references(() => companies.id, { onDelete: 'set null' }),
    name: text().notNull(),
    kind: text({ enum: ['voice', 'chat'] }).notNull(),
    direction: text({ enum: ['inbound', 'outbound'] }),
    policy: text({ enum: ['longest_idle', 'round_robin'] })
      .notNull()
      .default('longest_idle'),
    /** Service level target (PAN-11): share of contacts answered within this many seconds. */
    serviceLevelSeconds: integer().notNull().default(60),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('queues_name_unique').on(t.organizationId, sql`lower(name)`), tenantPolicy('queues')],
).enableRLS();

// SPEC ORG-05: an agent is linked to queues; capacity is the per-channel concurrent limit (ATT-02).
export const queueMembers = pgTable(
  'queue_members',
  {
    organizationId: organizationId(),
    queueId: uuid()
      .notNull()
      .references(() => queues.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    capacity: integer().notNull().default(3),
  },
  (t) => [primaryKey({ columns: [t.queueId, t.userId] }), index().on(t.userId), tenantPolicy('queue_members')],
).enableRLS();

// Routing memory for longest-idle and round-robin (ATT-02): when each agent last got a contact.
export const routingAgentState = pgTable(
  'routing_agent_state',
  {
    organizationId: organizationId(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    lastAssignedAt: timestamp({ withTimezone: true }),
    lastFreedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId] }), tenantPolicy('routing_agent_state')],
).enableRLS();
