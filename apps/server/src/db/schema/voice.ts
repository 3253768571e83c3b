import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { attendances } from './attendances.js';
import { organizationId } from './columns.js';
import { persons } from './persons.js';
import { tenantPolicy } from './rls.js';
import { queues } from './routing.js';
import { users } from './tenancy.js';

const at = () => timestamp({ withTimezone: true });

// SPEC VOX-05, VOX-06: an organization's telephony settings. The CTI token names the organization
// to a PBX (unique across organizations); the click-to-dial template asks the PBX to originate.
export const voiceSettings = pgTable(
  'voice_settings',
  {
    organizationId: organizationId().primaryKey(),
    ctiToken: text().notNull(),
    clickToDialUrl: text(),
    clickToDialMethod: text({ enum: ['GET', 'POST'] })
      .notNull()
      .default('POST'),
    ringTimeoutSeconds: integer().notNull().default(20),
    /** VOX-01 with a PBX: a queue call nobody is free for waits this long (hearing ringback), then is refused. */
    maxWaitSeconds: integer().notNull().default(120),
    /** SAC: a call dropped before it was answered becomes a call-back task. */
    callbackOnAbandon: boolean().notNull().default(false),
    /** VOX-04: recordings are kept at least 90 days by default (SAC). */
    recordingRetentionDays: integer().notNull().default(90),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('voice_settings_cti_token_unique').on(t.ctiToken), tenantPolicy('voice_settings')],
).enableRLS();

// SPEC VOX-06b: an agent's SIP device ("Dispositivos"): the SIP user is the user's "Ramal"
// (users.extension); its password is kept here, sealed with platform.secrets.
export const sipAccounts = pgTable(
  'sip_accounts',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: organizationId(),
    passwordSealed: text(),
    updatedAt: at().notNull().defaultNow(),
  },
  () => [tenantPolicy('sip_accounts')],
).enableRLS();

/**
 * SPEC VOX-01…VOX-07: one call, built in or reported by a PBX. State: ringing → answered → ended;
 * ended without answer = abandoned. `externalId` is the PBX's callId: events are idempotent by it.
 */
export const calls = pgTable(
  'calls',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    provider: text({ enum: ['builtin', 'cti'] }).notNull(),
    externalId: text(),
    direction: text({ enum: ['in', 'out'] }).notNull(),
    state: text({ enum: ['ringing', 'answered', 'ended'] })
      .notNull()
      .default('ringing'),
    abandoned: boolean().notNull().default(false),
    fromNumber: text().notNull().default(''),
    toNumber: text().notNull().default(''),
    queueId: uuid().references(() => queues.id, { onDelete: 'set null' }),
    attendanceId: uuid().references(() => attendances.id, { onDelete: 'set null' }),
    /** The agent the call rings at now, or who answered it. */
    agentId: uuid().references(() => users.id, { onDelete: 'set null' }),
    personId: uuid().references(() => persons.id, { onDelete: 'set null' }),
    /**
     * ALR-05: the Canal de Alertas app user who placed this built-in call, so the alert team's
     * "Gravações" can list these calls and open the user's record. No foreign key: app users belong
     * to a module above voice, and they are only ever inactivated, never deleted.
     */
    appUserId: uuid(),
    /** Copies kept with the call, so "Histórico" and "Gravações" read one module's tables: the protocol (ATT-01, at answer), */
    protocol: text(),
    /** the person's name found by the caller's number (PER-01) or the name the PBX gave, */
    callerName: text(),
    /** and foldText(name) + the number's digits, for the accent-insensitive search of "Gravações". */
    callerSearch: text().notNull().default(''),
    /** VOX-07: IVR fields passed by the PBX. */
    ivr: jsonb().$type<Record<string, string>>().notNull().default({}),
    held: boolean().notNull().default(false),
    muted: boolean().notNull().default(false),
    cause: text(),
    startedAt: at().notNull().defaultNow(),
    ringingSince: at(),
    /** Bumped on every offer: a ring-timeout job for an older offer finds a different number and stops. */
    ringSeq: integer().notNull().default(0),
    /** Agents who let this call ring out: routing skips them for this call. */
    missedAgentIds: jsonb().$type<string[]>().notNull().default([]),
    answeredAt: at(),
    endedAt: at(),
    durationSeconds: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex('calls_external_unique')
      .on(t.organizationId, t.externalId)
      .where(sql`external_id is not null`),
    index('calls_org_started').on(t.organizationId, t.startedAt),
    index('calls_ringing')
      .on(t.organizationId, t.queueId)
      .where(sql`state = 'ringing'`),
    index('calls_agent_open')
      .on(t.organizationId, t.agentId)
      .where(sql`state <> 'ended'`),
    index().on(t.attendanceId),
    index('calls_app_user')
      .on(t.organizationId, t.startedAt)
      .where(sql`app_user_id is not null`),
    tenantPolicy('calls'),
  ],
).enableRLS();

// VOX-02: what happened during a call (hold, mute, DTMF digits, transfers, CTI events received).
export const callEvents = pgTable(
  'call_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: organizationId(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    actorId: uuid(),
    data: jsonb().notNull().default({}),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.callId, t.id), tenantPolicy('call_events')],
).enableRLS();

// VOX-04, ALR-05: one recording per call, in blob storage; fetched from the PBX by a job when `pending`.
export const callRecordings = pgTable(
  'call_recordings',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    attendanceId: uuid().references(() => attendances.id, { onDelete: 'set null' }),
    status: text({ enum: ['pending', 'stored', 'failed'] })
      .notNull()
      .default('pending'),
    sourceUrl: text(),
    storageKey: text(),
    contentType: text(),
    size: integer(),
    lastError: text(),
    createdAt: at().notNull().defaultNow(),
    storedAt: at(),
  },
  (t) => [
    uniqueIndex('call_recordings_call_unique').on(t.callId),
    index('call_recordings_org_created').on(t.organizationId, t.createdAt),
    tenantPolicy('call_recordings'),
  ],
).enableRLS();

// SAC: an abandoned call is returned; the task lists the number on the queue until someone marks it done.
export const callbackTasks = pgTable(
  'callback_tasks',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    callId: uuid()
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    attendanceId: uuid().references(() => attendances.id, { onDelete: 'set null' }),
    queueId: uuid().references(() => queues.id, { onDelete: 'set null' }),
    number: text().notNull(),
    status: text({ enum: ['open', 'done'] })
      .notNull()
      .default('open'),
    createdAt: at().notNull().defaultNow(),
    doneAt: at(),
    doneBy: uuid(),
  },
  (t) => [
    uniqueIndex('callback_tasks_call_unique').on(t.callId),
    index('callback_tasks_open').on(t.organizationId, t.status),
    tenantPolicy('callback_tasks'),
  ],
).enableRLS();
