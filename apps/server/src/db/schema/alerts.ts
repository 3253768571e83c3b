import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizationId } from './columns.js';
import { tenantPolicy } from './rls.js';
import { queues } from './routing.js';
import { organizations, teams, users } from './tenancy.js';

// The Canal de Alertas (SPEC ALR-01…ALR-07): app users, their sessions, the organization's
// settings and the alerts. App users are not staff: they live in their own tables and never
// reach the console.
const at = () => timestamp({ withTimezone: true });

// SPEC ALR-01: registered by the organization; they log in with CPF or e-mail.
export const alertAppUsers = pgTable(
  'alert_app_users',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    name: text().notNull(),
    /** Digits only. */
    cpf: text().notNull(),
    /** E.164. */
    phone: text(),
    /** Lower-cased. */
    email: text(),
    teamId: uuid().references(() => teams.id, { onDelete: 'set null' }),
    active: boolean().notNull().default(true),
    passwordHash: text(),
    /** SHA-256 of the one-time first-access token; the token itself is only in the link. */
    firstAccessTokenHash: text(),
    firstAccessExpiresAt: at(),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('alert_app_users_cpf_unique').on(t.organizationId, t.cpf),
    uniqueIndex('alert_app_users_email_unique')
      .on(t.organizationId, t.email)
      .where(sql`email is not null`),
    // Login looks app users up before the tenant is known.
    index('alert_app_users_cpf').on(t.cpf),
    index('alert_app_users_email').on(t.email),
    index('alert_app_users_invite').on(t.firstAccessTokenHash),
    tenantPolicy('alert_app_users'),
  ],
).enableRLS();

// App sessions, apart from staff sessions so an app user can never open the console. Like staff
// sessions: the cookie holds a random token, the table its hash.
export const alertAppSessions = pgTable(
  'alert_app_sessions',
  {
    id: text().primaryKey(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    appUserId: uuid()
      .notNull()
      .references(() => alertAppUsers.id, { onDelete: 'cascade' }),
    csrfToken: text().notNull(),
    createdAt: at().notNull().defaultNow(),
    expiresAt: at().notNull(),
  },
  (t) => [index().on(t.appUserId), tenantPolicy('alert_app_sessions')],
).enableRLS();

// SPEC ALR-07: the service number, a text per level, the receiving team, the voice queue and
// (ALR-06) an optional map tile URL.
export const alertSettings = pgTable(
  'alert_settings',
  {
    organizationId: uuid()
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    serviceNumber: text(),
    levelTexts: jsonb().$type<{ green: string; yellow: string; red: string }>().notNull(),
    teamId: uuid().references(() => teams.id, { onDelete: 'set null' }),
    voiceQueueId: uuid().references(() => queues.id, { onDelete: 'set null' }),
    tileUrl: text(),
    updatedAt: at().notNull().defaultNow(),
  },
  () => [tenantPolicy('alert_settings')],
).enableRLS();

// SPEC ALR-01…ALR-04: one press of a button, with a snapshot of who and what as it was then.
export const alerts = pgTable(
  'alerts',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    appUserId: uuid()
      .notNull()
      .references(() => alertAppUsers.id, { onDelete: 'cascade' }),
    /** Chosen by the app: a resend of an alert queued offline is recognised by it. */
    clientId: uuid().notNull(),
    level: text({ enum: ['green', 'yellow', 'red'] }).notNull(),
    levelText: text().notNull(),
    userName: text().notNull(),
    userCpf: text().notNull(),
    userPhone: text(),
    teamId: uuid().references(() => teams.id, { onDelete: 'set null' }),
    lat: doublePrecision(),
    lng: doublePrecision(),
    accuracy: doublePrecision(),
    firedAt: at().notNull(),
    createdAt: at().notNull().defaultNow(),
    receivedAt: at(),
    state: text({ enum: ['new', 'in_progress', 'closed'] })
      .notNull()
      .default('new'),
    assigneeId: uuid().references(() => users.id, { onDelete: 'set null' }),
    assignedAt: at(),
    closedAt: at(),
    closedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    closingNote: text(),
    voiceNoteKey: text(),
    voiceNoteMime: text(),
    voiceNoteSize: integer(),
  },
  (t) => [
    uniqueIndex('alerts_client_id_unique').on(t.organizationId, t.appUserId, t.clientId),
    index().on(t.organizationId, t.firedAt),
    index().on(t.appUserId, t.firedAt),
    tenantPolicy('alerts'),
  ],
).enableRLS();
