import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantPolicy } from './rls.js';
import { users } from './tenancy.js';
import { organizationId } from './columns.js';

// SPEC WS-05: "Motivos de pausa"; `productive` says whether paused time counts as productive.
export const pauseReasons = pgTable(
  'pause_reasons',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    name: text().notNull(),
    active: boolean().notNull().default(true),
    productive: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pause_reasons_name_unique').on(t.organizationId, sql`lower(name)`), tenantPolicy('pause_reasons')],
).enableRLS();

// SPEC WS-07: every presence change is an interval (who, target, state, reason, start, end) for
// live timers and reports. An open interval (ended_at null) is the agent's current state there.
export const presenceIntervals = pgTable(
  'presence_intervals',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    targetKind: text({ enum: ['voice_queue', 'chat_channel'] }).notNull(),
    targetId: uuid().notNull(),
    state: text({ enum: ['online', 'paused'] }).notNull(),
    pauseReasonId: uuid().references(() => pauseReasons.id, { onDelete: 'restrict' }),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    endedAt: timestamp({ withTimezone: true }),
    /** Who caused the start / the end: the agent, a supervisor, or null for the system (grace period). */
    startedBy: uuid(),
    endedBy: uuid(),
    endCause: text({ enum: ['self', 'supervisor', 'logout', 'grace', 'state_change', 'unlinked'] }),
  },
  (t) => [
    uniqueIndex('presence_intervals_open_unique')
      .on(t.userId, t.targetKind, t.targetId)
      .where(sql`ended_at is null`),
    index('presence_intervals_org_user_start').on(t.organizationId, t.userId, t.startedAt),
    index('presence_intervals_open')
      .on(t.organizationId)
      .where(sql`ended_at is null`),
    tenantPolicy('presence_intervals'),
  ],
).enableRLS();

// SPEC WS-02: when each agent was last connected, refreshed by every instance for its sockets.
export const presenceHeartbeats = pgTable(
  'presence_heartbeats',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: organizationId(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.lastSeenAt), tenantPolicy('presence_heartbeats')],
).enableRLS();
