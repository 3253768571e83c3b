import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantPolicy } from './rls.js';
import { queues } from './routing.js';
import { organizationId } from './columns.js';

// SPEC CH-*, ORG-05: a configured entry point; it feeds exactly one queue, several may share one.
export const channels = pgTable(
  'channels',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    queueId: uuid()
      .notNull()
      .references(() => queues.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    type: text({ enum: ['webchat', 'whatsapp', 'telegram', 'messenger', 'instagram', 'email', 'api', 'voice'] }).notNull(),
    /** Public identifier used by widgets and webhooks to find the channel (not a secret). */
    token: text().notNull(),
    /** Signs identity verification and outbound webhooks; never sent to browsers. */
    secret: text().notNull(),
    settings: jsonb().notNull().default({}),
    /** Provider secrets (access tokens, app secrets), each encrypted with ENCRYPTION_KEY; write-only in the API. */
    secrets: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** The provider's key for webhooks that name it in the payload (WhatsApp phone_number_id): one channel per key. */
    providerKey: text(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('channels_token_unique').on(t.token),
    uniqueIndex('channels_provider_key_unique')
      .on(t.type, t.providerKey)
      .where(sql`provider_key is not null`),
    index().on(t.queueId),
    tenantPolicy('channels'),
  ],
).enableRLS();

/**
 * ARCHITECTURE §3 inbound: every provider event is stored before the webhook answers 200, once per
 * channel and provider event id, then processed from here (a re-delivery finds its row and stops).
 */
export const channelInboundEvents = pgTable(
  'channel_inbound_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: organizationId(),
    channelId: uuid()
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    eventId: text().notNull(),
    /** The normalised event (message, edit, reaction, status) with the provider's fragment it came from. */
    payload: jsonb().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
  },
  (t) => [
    uniqueIndex('channel_inbound_events_unique').on(t.channelId, t.eventId),
    index('channel_inbound_events_pending')
      .on(t.nextAttemptAt)
      .where(sql`processed_at is null`),
    tenantPolicy('channel_inbound_events'),
  ],
).enableRLS();

// SPEC CH-01: a web-chat visitor, bound to one channel; the token in the browser is hashed here.
export const webchatVisitors = pgTable(
  'webchat_visitors',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    channelId: uuid()
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    /**
     * What the visitor or the site said; `signed` lists the identifiers the site signed and
     * `identityPersonId` the person that signature linked (forgotten when a later setUser is unsigned).
     */
    profile: jsonb()
      .$type<{
        name?: string;
        email?: string;
        phone?: string;
        document?: string;
        verified?: boolean;
        signed?: ('email' | 'document' | 'phone')[];
        identityPersonId?: string;
      }>()
      .notNull()
      .default({}),
    locale: text().notNull().default('pt-BR'),
    /** SHA-256 of the client address the session came from: per-address widget limits (never the address itself). */
    addressHash: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webchat_visitors_token_unique').on(t.tokenHash),
    index('webchat_visitors_address').on(t.channelId, t.addressHash),
    tenantPolicy('webchat_visitors'),
  ],
).enableRLS();
