import { boolean, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantPolicy } from './rls.js';
import { organizations } from './tenancy.js';

// SPEC WS-05: "Motivos de pausa"; `productive` says whether paused time counts as productive.
export const pauseReasons = pgTable(
  'pause_reasons',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    active: boolean().notNull().default(true),
    productive: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pause_reasons_name_unique').on(t.organizationId, sql`lower(name)`), tenantPolicy('pause_reasons')],
).enableRLS();
