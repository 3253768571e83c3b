import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizationId } from './columns.js';
import { tenantPolicy } from './rls.js';
import { users } from './tenancy.js';

// Integrations (SPEC PLT-02, PLT-03): API tokens and signed outbound webhooks. CRM connectors
// (CRM-01…03) will keep their settings here too.
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const at = () => timestamp({ withTimezone: true });

// SPEC PLT-02: a named token acting for the organization. Only the SHA-256 of the token is kept;
// the plain token is shown once, at creation. Looked up by hash outside any tenant (like sessions).
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    name: text().notNull(),
    tokenHash: text().notNull(),
    /** The token's first characters (`atd_ab12`), so an admin can tell tokens apart. */
    prefix: text().notNull(),
    scopes: text().array().$type<('read' | 'write' | 'admin')[]>().notNull(),
    /** The admin who created it: calls made with the token act as this user. */
    createdBy: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: at(),
    lastUsedAt: at(),
    revokedAt: at(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('api_tokens_hash_unique').on(t.tokenHash), index().on(t.organizationId), tenantPolicy('api_tokens')],
).enableRLS();

// SPEC PLT-03: where an organization's events are posted, signed with the endpoint's secret
// (Standard Webhooks). The secret is sealed with ENCRYPTION_KEY: it must be read back to sign.
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    url: text().notNull(),
    description: text(),
    events: text().array().notNull(),
    secret: text().notNull(),
    enabled: boolean().notNull().default(true),
    /** Why delivery stopped on its own (the receiver answered 410 Gone); null when an admin disabled it or it is enabled. */
    disabledReason: text(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [index().on(t.organizationId), tenantPolicy('webhook_endpoints')],
).enableRLS();

/** One event for one endpoint: its attempts, last answer and state. `messageId` is the `webhook-id`, the same on every attempt. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    /** The domain event it carries; a listener retried after a crash finds the row instead of adding one. */
    eventId: bigint({ mode: 'number' }),
    eventType: text().notNull(),
    messageId: text().notNull(),
    payload: jsonb().notNull(),
    status: text({ enum: ['pending', 'retrying', 'succeeded', 'failed'] })
      .notNull()
      .default('pending'),
    attempt: integer().notNull().default(0),
    responseStatus: integer(),
    responseExcerpt: text(),
    error: text(),
    lastAttemptAt: at(),
    nextAttemptAt: at(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_unique')
      .on(t.endpointId, t.eventId)
      .where(sql`event_id is not null`),
    index().on(t.endpointId, t.createdAt),
    tenantPolicy('webhook_deliveries'),
  ],
).enableRLS();

// SPEC CRM-01…CRM-03: an organization's Salesforce connection. The client secret and the JWT
// private key are sealed with ENCRYPTION_KEY (platform.secrets) and never returned by the API.
export const salesforceSettings = pgTable(
  'salesforce_settings',
  {
    organizationId: organizationId().primaryKey(),
    enabled: boolean().notNull().default(false),
    loginUrl: text().notNull().default('https://login.salesforce.com'),
    authType: text({ enum: ['client_credentials', 'jwt'] })
      .notNull()
      .default('client_credentials'),
    clientId: text().notNull().default(''),
    clientSecretSealed: text(),
    username: text(),
    privateKeySealed: text(),
    apiVersion: text().notNull().default('62.0'),
    /** The custom field holding CPF/CNPJ on Case, Contact and Account. */
    documentField: text().notNull().default('CPF_CNPJ__c'),
    /** Also open Cases for chat attendances (optional per organization). */
    chats: boolean().notNull().default(false),
    updatedAt: at().notNull().defaultNow(),
  },
  () => [tenantPolicy('salesforce_settings')],
).enableRLS();

// SPEC CRM-01…CRM-03: one call's (or, when the organization syncs chats, one chat attendance's)
// Case and Task in Salesforce. Unique per call, and per attendance for chats (callId null), so a
// retried job finds the Case it already created instead of opening a second one. `lockedUntil` lets
// only one job at a time work on a row (answer and hang-up events arrive close together).
export const salesforceSyncs = pgTable(
  'salesforce_syncs',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    /** The call synced; null for a chat attendance's row. */
    callId: uuid(),
    attendanceId: uuid(),
    protocol: text(),
    caseId: text(),
    taskId: text(),
    /** Whether the Task's Description already carries the recording link. */
    recordingLinked: boolean().notNull().default(false),
    status: text({ enum: ['pending', 'synced', 'failed'] })
      .notNull()
      .default('pending'),
    /** What the last attempt was doing: the Case or the Task. */
    operation: text({ enum: ['case', 'task'] })
      .notNull()
      .default('case'),
    lastError: text(),
    attempts: integer().notNull().default(0),
    lockedUntil: at(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('salesforce_syncs_call_unique').on(t.organizationId, t.callId),
    uniqueIndex('salesforce_syncs_chat_unique')
      .on(t.organizationId, t.attendanceId)
      .where(sql`call_id is null`),
    index('salesforce_syncs_attendance').on(t.attendanceId),
    index('salesforce_syncs_org_updated').on(t.organizationId, t.updatedAt),
    tenantPolicy('salesforce_syncs'),
  ],
).enableRLS();
