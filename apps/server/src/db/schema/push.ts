import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { alertAppUsers } from './alerts.js';
import { organizationId } from './columns.js';
import { tenantPolicy } from './rls.js';
import { users } from './tenancy.js';

// SPEC ALR-04 (web push): the installation's VAPID key pair and the browsers that asked for pushes.
const at = () => timestamp({ withTimezone: true });

// One row per installation (id 1), made at first start. The private key is sealed with the
// platform's secret box (ARCHITECTURE §3a "Secrets at rest").
export const pushVapidKeys = pgTable('push_vapid_keys', {
  id: integer().primaryKey().default(1),
  publicKey: text().notNull(),
  privateKeySealed: text().notNull(),
  createdAt: at().notNull().defaultNow(),
});

// A browser's PushSubscription, owned by exactly one app user or one staff user. The endpoint is
// unique per organization, so subscribing again (or as another user on the same browser) updates it.
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    appUserId: uuid().references(() => alertAppUsers.id, { onDelete: 'cascade' }),
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    endpoint: text().notNull(),
    p256dh: text().notNull(),
    auth: text().notNull(),
    /** PLT-01: the language the subscribing page showed; the notification texts follow it. */
    locale: text({ enum: ['pt-BR', 'en'] })
      .notNull()
      .default('pt-BR'),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('push_subscriptions_endpoint').on(t.organizationId, t.endpoint),
    index().on(t.appUserId),
    index().on(t.userId),
    check('push_subscriptions_one_owner', sql`(app_user_id is null) <> (user_id is null)`),
    tenantPolicy('push_subscriptions'),
  ],
).enableRLS();
