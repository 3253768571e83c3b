import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AlertView } from '@atende/shared';
import { organizationId, timestamptz } from './columns.js';
import { tenantPolicy } from './rls.js';
import { teams, users } from './tenancy.js';

// SPEC ALR-04 "Conversas": staff group chats, one-to-one chats and each team's alert group (ALR-02).

export const chats = pgTable(
  'chats',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    kind: text({ enum: ['group', 'direct', 'alert_team'] }).notNull(),
    /** Null for a direct chat: each side sees the other person's name. */
    name: text(),
    /** An alert group's team: one group per team. */
    teamId: uuid().references(() => teams.id, { onDelete: 'cascade' }),
    /** A direct chat's pair, both ids sorted and joined: the same pair finds the same chat. */
    directKey: text(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The last message's seq: the next message takes it plus one, under the chat row's lock. */
    lastSeq: integer().notNull().default(0),
    createdAt: timestamptz().notNull().defaultNow(),
    updatedAt: timestamptz().notNull().defaultNow(),
    lastMessageAt: timestamptz(),
  },
  (t) => [
    uniqueIndex('chats_alert_team_unique')
      .on(t.organizationId, t.teamId)
      .where(sql`${t.kind} = 'alert_team'`),
    uniqueIndex('chats_direct_unique').on(t.organizationId, t.directKey),
    tenantPolicy('chats'),
  ],
).enableRLS();

export const chatMembers = pgTable(
  'chat_members',
  {
    organizationId: organizationId(),
    chatId: uuid()
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text({ enum: ['owner', 'member'] })
      .notNull()
      .default('member'),
    lastReadSeq: integer().notNull().default(0),
    joinedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.chatId, t.userId] }), index().on(t.userId), tenantPolicy('chat_members')],
).enableRLS();

/** A file sent in a chat; the bytes live in blob storage (ARCHITECTURE §3a). */
export type ChatAttachmentRow = { key: string; name: string; mime: string; size: number };

export const chatMessages = pgTable(
  'chat_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    chatId: uuid()
      .notNull()
      .references(() => chats.id, { onDelete: 'cascade' }),
    seq: integer().notNull(),
    /** Null for system messages and alert cards. */
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    kind: text({ enum: ['text', 'alert', 'system'] }).notNull(),
    body: text().notNull().default(''),
    mentions: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    attachment: jsonb().$type<ChatAttachmentRow>(),
    /** ALR-02: the alert's card, a snapshot kept current by 'alert.changed'. */
    alert: jsonb().$type<AlertView>(),
    alertId: uuid(),
    createdAt: timestamptz().notNull().defaultNow(),
    editedAt: timestamptz(),
  },
  (t) => [
    uniqueIndex().on(t.chatId, t.seq),
    // A re-delivered 'alert.fired' never posts the card twice.
    uniqueIndex().on(t.chatId, t.alertId),
    tenantPolicy('chat_messages'),
  ],
).enableRLS();
