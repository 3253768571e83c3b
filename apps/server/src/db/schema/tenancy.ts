import { sql } from 'drizzle-orm';
import { bytea } from './bytea.js';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantPolicy } from './rls.js';

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const orgRef = () =>
  uuid()
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });

// SPEC ORG-01: the tenant.
export const organizations = pgTable(
  'organizations',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    slug: text().notNull().unique(),
    createdAt: createdAt(),
  },
  () => [tenantPolicy('organizations', 'id')],
).enableRLS();

// SPEC ORG-05: business units inside an organization.
export const companies = pgTable(
  'companies',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: orgRef(),
    name: text().notNull(),
    document: text(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId), tenantPolicy('companies')],
).enableRLS();

// SPEC ORG-02, ORG-04. E-mail is unique within an organization only, so creating a user never reveals
// that an e-mail exists in another one (issue item: e-mail per organization). Login tries the password
// against every active user with the e-mail; see README "Users, e-mails and passwords".
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: orgRef(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: text({ enum: ['admin', 'supervisor', 'agent'] }).notNull(),
    active: boolean().notNull().default(true),
    locale: text({ enum: ['pt-BR', 'en'] })
      .notNull()
      .default('pt-BR'),
    extension: text(),
    avatarUrl: text(),
    canStartAttendance: boolean().notNull().default(false),
    passwordChangedAt: createdAt(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.organizationId, t.email),
    index('users_email').on(t.email),
    uniqueIndex('users_extension_unique')
      .on(t.organizationId, t.extension)
      .where(sql`extension is not null`),
    index().on(t.organizationId, t.name),
    tenantPolicy('users'),
  ],
).enableRLS();

export const teams = pgTable(
  'teams',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: orgRef(),
    name: text().notNull(),
    description: text(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('teams_name_unique').on(t.organizationId, sql`lower(name)`), tenantPolicy('teams')],
).enableRLS();

export const teamMembers = pgTable(
  'team_members',
  {
    organizationId: orgRef(),
    teamId: uuid()
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index().on(t.userId), tenantPolicy('team_members')],
).enableRLS();

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

// Login attempts per e-mail and per client address in a fixed one-minute window, shared by every
// instance. One upsert counts and records an attempt atomically, so concurrent guesses cannot all
// pass the check before any is recorded (issue item: login limit raced).
export const loginAttempts = pgTable(
  'login_attempts',
  {
    key: text().primaryKey(),
    windowStart: timestamp({ withTimezone: true }).notNull().defaultNow(),
    count: integer().notNull().default(1),
  },
  (t) => [index().on(t.windowStart)],
);

// SPEC WS-01: the agent's photo. Kept in the database so every instance serves it (PLT-06).
export const userAvatars = pgTable(
  'user_avatars',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    contentType: text().notNull(),
    /** Where the photo lives in blob storage (ARCHITECTURE §3a Storage). */
    storageKey: text(),
    /** Bytes from before blob storage; moved out at start-up and then always null. */
    data: bytea(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  () => [tenantPolicy('user_avatars')],
).enableRLS();

// "Esqueci minha senha": one-time reset links. Only the token's SHA-256 is stored; a link works
// once (usedAt) and until expiresAt.
export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    tokenHash: text().primaryKey(),
    organizationId: orgRef(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId), tenantPolicy('password_reset_tokens')],
).enableRLS();
