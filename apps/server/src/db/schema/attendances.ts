import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { DeliveryStatus, MessageContent, MessageKind } from '@atende/shared';
import { bytea } from './bytea.js';
import { channels } from './channels.js';
import { persons } from './persons.js';
import { tenantPolicy } from './rls.js';
import { queues } from './routing.js';
import { companies, teams, users } from './tenancy.js';
import { classifications, contactOrigins, processes, slaPolicies, subprocesses } from './service-config.js';
import { organizationId } from './columns.js';

const org = organizationId;
const at = () => timestamp({ withTimezone: true });

/**
 * SPEC ATT-01…ATT-10: one service case. Status: waiting (in its queue) → assigned (offered to an
 * agent, who has not answered yet) → in_progress (the agent answered; protocol issued) → finished.
 * An assigned attendance goes back to waiting if its agent leaves the channel.
 */
export const attendances = pgTable(
  'attendances',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: org(),
    /**
     * "Código do Atendimento": numeric, unique per organization, never reused. Set on insert by the
     * trigger `attendances_assign_code` from attendance_code_counters (one counter per organization, so
     * a tenant's codes say nothing of another's volume); the default is never stored.
     */
    code: bigint({ mode: 'number' }).notNull().default(0),
    protocol: text(),
    status: text({ enum: ['waiting', 'assigned', 'in_progress', 'finished'] })
      .notNull()
      .default('waiting'),
    channelId: uuid().references(() => channels.id, { onDelete: 'restrict' }),
    channelType: text().notNull().default('manual'),
    queueId: uuid().references(() => queues.id, { onDelete: 'set null' }),
    assigneeId: uuid().references(() => users.id, { onDelete: 'set null' }),
    personId: uuid().references(() => persons.id, { onDelete: 'set null' }),
    priority: smallint().notNull().default(0),
    /** Who the contact said they were (pre-chat form, channel profile), before any person is linked. */
    contact: jsonb()
      .$type<{ name?: string; email?: string; phone?: string; document?: string; signed?: ('email' | 'document' | 'phone')[] }>()
      .notNull()
      .default({}),
    /** The channel's identity of the contact (a web-chat visitor id, a phone number…). */
    contactIdentity: text(),
    lastSeq: integer().notNull().default(0),
    agentReadSeq: integer().notNull().default(0),
    contactReadSeq: integer().notNull().default(0),
    closingClassification: text(),
    closingComment: text(),
    createdAt: at().notNull().defaultNow(),
    enqueuedAt: at().notNull().defaultNow(),
    assignedAt: at(),
    firstResponseAt: at(),
    lastMessageAt: at(),
    /** The contact's last message: WhatsApp's 24-hour customer-service window counts from it (CH-02). */
    lastContactMessageAt: at(),
    finishedAt: at(),
    finishedBy: uuid(),
    // Service data (SPEC PAN-01…PAN-04). Denormalised here so every panel grid reads one table.
    companyId: uuid().references(() => companies.id, { onDelete: 'set null' }),
    /** "Grupo do workspace": the team responsible. */
    teamId: uuid().references(() => teams.id, { onDelete: 'set null' }),
    /** "Operador de abertura": who opened it (manual start) or first served it. */
    openedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** "Relato do cliente". */
    description: text(),
    contactOriginId: uuid().references(() => contactOrigins.id, { onDelete: 'set null' }),
    openingClassificationId: uuid().references(() => classifications.id, { onDelete: 'set null' }),
    closingClassificationId: uuid().references(() => classifications.id, { onDelete: 'set null' }),
    processId: uuid().references(() => processes.id, { onDelete: 'set null' }),
    subprocessId: uuid().references(() => subprocesses.id, { onDelete: 'set null' }),
    subprocessStartedAt: at(),
    /** "Fim Previsto" of the current subprocess. */
    subprocessDueAt: at(),
    addressCep: text(),
    addressStreet: text(),
    addressNumber: text(),
    addressDistrict: text(),
    addressCity: text(),
    addressState: text(),
    addressCondo: text(),
    slaPolicyId: uuid().references(() => slaPolicies.id, { onDelete: 'set null' }),
    slaMode: text({ enum: ['business', 'calendar'] }),
    slaMinutes: integer(),
    slaStartedAt: at(),
    /** Null while paused or without a policy; recomputed by the pure calculator on every intervention. */
    slaDueAt: at(),
    slaPausedAt: at(),
    /** Summary of the linked service orders (PAN-06): none = "Inexistente". */
    serviceOrderStatus: text({ enum: ['none', 'unscheduled', 'scheduled', 'done'] })
      .notNull()
      .default('none'),
  },
  (t) => [
    uniqueIndex('attendances_protocol_unique')
      .on(t.organizationId, t.protocol)
      .where(sql`protocol is not null`),
    index('attendances_queue_waiting')
      .on(t.queueId, t.priority, t.enqueuedAt)
      .where(sql`status = 'waiting'`),
    index('attendances_assignee_open')
      .on(t.organizationId, t.assigneeId)
      .where(sql`status <> 'finished'`),
    index('attendances_assignee_finished')
      .on(t.organizationId, t.assigneeId, t.finishedAt)
      .where(sql`status = 'finished'`),
    index('attendances_contact').on(t.channelId, t.contactIdentity),
    uniqueIndex('attendances_code_unique').on(t.organizationId, t.code),
    // Panel views (PAN-07): open by opening time, late SLA, subprocess deadlines, finished by closing time.
    // Each ends with (code, id) — the grid's tie-breaker and the page's key — and carries the columns
    // its views filter on, so a page and its capped count are index-only scans (scripts/bench/panels.ts).
    index('attendances_open_created')
      .on(t.organizationId, t.createdAt, t.code, t.id)
      .where(sql`status <> 'finished'`),
    index('attendances_open_sla_due')
      .on(t.organizationId, t.slaDueAt, t.slaPausedAt, t.code, t.id)
      .where(sql`status <> 'finished'`),
    index('attendances_open_subprocess_due')
      .on(t.organizationId, t.subprocessDueAt, t.subprocessId, t.code, t.id)
      .where(sql`status <> 'finished'`),
    index('attendances_open_subprocess')
      .on(t.organizationId, t.subprocessId, t.subprocessDueAt, t.code)
      .where(sql`status <> 'finished'`),
    index('attendances_finished_at')
      .on(t.organizationId, t.finishedAt, t.slaDueAt, t.code, t.id)
      .where(sql`status = 'finished'`),
    index('attendances_created').on(t.organizationId, t.createdAt),
    // "Atrasados" (late, open or finished) by due time: status, closing and pause decide lateness.
    index('attendances_sla_due').on(t.organizationId, t.slaDueAt, t.status, t.finishedAt, t.slaPausedAt, t.code, t.id),
    // "Em O.S." views: attendances with a service order, by opening time.
    index('attendances_service_order_created')
      .on(t.organizationId, t.createdAt, t.serviceOrderStatus, t.code, t.id, t.slaDueAt, t.status, t.finishedAt, t.slaPausedAt)
      .where(sql`service_order_status <> 'none'`),
    // Wallboard (PAN-11): answered today per queue.
    index('attendances_queue_first_response')
      .on(t.queueId, t.firstResponseAt)
      .where(sql`first_response_at is not null`),
    tenantPolicy('attendances'),
  ],
).enableRLS();

// SPEC ATT-01: gap-free per organization and year; the row lock serialises concurrent issues.
export const protocolCounters = pgTable(
  'protocol_counters',
  {
    organizationId: org(),
    year: smallint().notNull(),
    lastValue: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.year] }), tenantPolicy('protocol_counters')],
).enableRLS();

// The last attendance code issued per organization (issue item: codes per organization). Only the
// trigger on attendances writes it; its row lock serialises concurrent inserts of one organization.
export const attendanceCodeCounters = pgTable(
  'attendance_code_counters',
  {
    organizationId: org().primaryKey(),
    lastValue: bigint({ mode: 'number' }).notNull(),
  },
  () => [tenantPolicy('attendance_code_counters')],
).enableRLS();

// SPEC ATT-05: the conversation. `seq` orders it and lets a reconnecting client ask for what it missed.
export const attendanceMessages = pgTable(
  'attendance_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: org(),
    attendanceId: uuid()
      .notNull()
      .references(() => attendances.id, { onDelete: 'cascade' }),
    seq: integer().notNull(),
    authorKind: text({ enum: ['contact', 'agent', 'system'] }).notNull(),
    authorId: uuid(),
    /** Internal notes never reach the contact. */
    internal: boolean().notNull().default(false),
    body: text().notNull().default(''),
    attachmentId: uuid(),
    /** The sender's own id for the message, so a retried send is stored once. */
    clientId: text(),
    createdAt: at().notNull().defaultNow(),
    /** SPEC ATT-05, CH-02, CH-03: text, image, voice, location… and its kind-specific data. */
    kind: text().$type<MessageKind>().notNull().default('text'),
    content: jsonb().$type<MessageContent>(),
    /** Agent messages to the contact: pending → sent → delivered → read, or failed (only forward). */
    deliveryStatus: text().$type<DeliveryStatus>(),
    deliveryError: jsonb().$type<{ code: string; title: string }>(),
    /**
     * CH-02, CH-03: not before this moment, the provider asked (429 Retry-After, Telegram retry_after).
     * A later message's job, which sends this one first, waits for it too.
     */
    deliveryRetryAt: at(),
    /** The provider's id of this message (wamid, Telegram chat:message): deduplicates and routes statuses. */
    providerMessageId: text(),
    editedAt: at(),
    reactions: jsonb().$type<{ emoji: string; authorKind: 'contact' | 'agent' }[]>().notNull().default([]),
  },
  (t) => [
    uniqueIndex('attendance_messages_seq_unique').on(t.attendanceId, t.seq),
    uniqueIndex('attendance_messages_provider_unique')
      .on(t.attendanceId, t.providerMessageId)
      .where(sql`provider_message_id is not null`),
    index('attendance_messages_provider_id')
      .on(t.organizationId, t.providerMessageId)
      .where(sql`provider_message_id is not null`),
    uniqueIndex('attendance_messages_client_unique')
      .on(t.attendanceId, t.clientId)
      .where(sql`client_id is not null`),
    tenantPolicy('attendance_messages'),
  ],
).enableRLS();

// SPEC ATT-10, PAN-05: every action on an attendance, with author and time.
export const attendanceEvents = pgTable(
  'attendance_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: org(),
    attendanceId: uuid()
      .notNull()
      .references(() => attendances.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    actorId: uuid(),
    /**
     * SPEC PLT-02: the API token the actor acted through, and its name then (a token renamed or
     * revoked later still reads as it did), so the timeline tells an integration from a click.
     */
    actorTokenId: uuid(),
    actorTokenName: text(),
    data: jsonb().notNull().default({}),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.attendanceId, t.id), index('attendance_events_org_time').on(t.organizationId, t.createdAt), tenantPolicy('attendance_events')],
).enableRLS();

// SPEC ATT-05: images and PDFs sent in a conversation, kept in the database so every instance serves them.
export const attachments = pgTable(
  'attachments',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: org(),
    attendanceId: uuid()
      .notNull()
      .references(() => attendances.id, { onDelete: 'cascade' }),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    /** Where the file lives in blob storage (ARCHITECTURE §3a Storage). */
    storageKey: text(),
    /** Bytes from before blob storage; moved out at start-up and then always null. */
    data: bytea(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.attendanceId), tenantPolicy('attachments')],
).enableRLS();

// SPEC ATT-08: one answer per attendance; the token is the survey link's secret.
export const surveys = pgTable(
  'surveys',
  {
    attendanceId: uuid()
      .primaryKey()
      .references(() => attendances.id, { onDelete: 'cascade' }),
    organizationId: org(),
    token: text().notNull(),
    rating: smallint(),
    comment: text(),
    sentAt: at().notNull().defaultNow(),
    answeredAt: at(),
  },
  (t) => [uniqueIndex('surveys_token_unique').on(t.token), tenantPolicy('surveys')],
).enableRLS();
