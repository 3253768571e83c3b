import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantPolicy } from './rls.js';
import { organizations, users } from './tenancy.js';

// SPEC ATT-*: the attendance. Only what presence needs today (who holds it and whether it is in
// progress); the core loop adds the conversation, protocol, queue and channel.
export const attendances = pgTable(
  'attendances',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    status: text({ enum: ['waiting', 'offered', 'in_progress', 'finished'] })
      .notNull()
      .default('waiting'),
    assigneeId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('attendances_assignee_open').on(t.organizationId, t.assigneeId).where(sql`status <> 'finished'`), tenantPolicy('attendances')],
).enableRLS();
