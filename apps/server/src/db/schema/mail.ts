import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizationId } from './columns.js';
import { tenantPolicy } from './rls.js';
import { organizations } from './tenancy.js';

const at = () => timestamp({ withTimezone: true });

// E-mail out: the organization's SMTP server (Administração → E-mail). The password is sealed with
// ENCRYPTION_KEY (ARCHITECTURE §3a) and never returned.
export const mailSettings = pgTable(
  'mail_settings',
  {
    organizationId: uuid()
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    host: text().notNull(),
    port: integer().notNull(),
    security: text({ enum: ['none', 'starttls', 'tls'] }).notNull(),
    username: text(),
    passwordSealed: text(),
    fromName: text().notNull(),
    fromAddress: text().notNull(),
    updatedAt: at().notNull().defaultNow(),
  },
  () => [tenantPolicy('mail_settings')],
).enableRLS();

// What was sent or failed, for the admin's log. The message body is not kept: it may carry a
// one-time link.
export const mailLog = pgTable(
  'mail_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    kind: text({ enum: ['test', 'staff_password_reset', 'portal_access', 'request_reply', 'alert_app_invite'] }).notNull(),
    to: text().notNull(),
    subject: text().notNull(),
    status: text({ enum: ['queued', 'sent', 'failed'] })
      .notNull()
      .default('queued'),
    attempts: integer().notNull().default(0),
    error: text(),
    createdAt: at().notNull().defaultNow(),
    sentAt: at(),
  },
  (t) => [index().on(t.organizationId, t.createdAt), tenantPolicy('mail_log')],
).enableRLS();
