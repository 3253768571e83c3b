import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizationId } from './columns.js';
import { persons } from './persons.js';
import { tenantPolicy } from './rls.js';

const at = () => timestamp({ withTimezone: true });

// SPEC PER-06 "Usuário": the person's own login to the customer portal, created at first access
// after the customer confirms the CPF/CNPJ and e-mail on file. Access links (first access and
// "Reenviar senha") store only the token's SHA-256 and work once.
export const portalUsers = pgTable(
  'portal_users',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    personId: uuid()
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    passwordHash: text(),
    passwordSetAt: at(),
    lastAccessAt: at(),
    linkTokenHash: text(),
    linkExpiresAt: at(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [uniqueIndex('portal_users_person_unique').on(t.personId), index('portal_users_link').on(t.linkTokenHash), tenantPolicy('portal_users')],
).enableRLS();

// Portal sessions, apart from staff and alert-app sessions: the cookie holds a random token, the
// table its hash.
export const portalSessions = pgTable(
  'portal_sessions',
  {
    id: text().primaryKey(),
    organizationId: organizationId(),
    portalUserId: uuid()
      .notNull()
      .references(() => portalUsers.id, { onDelete: 'cascade' }),
    csrfToken: text().notNull(),
    createdAt: at().notNull().defaultNow(),
    expiresAt: at().notNull(),
  },
  (t) => [index().on(t.portalUserId), tenantPolicy('portal_sessions')],
).enableRLS();
