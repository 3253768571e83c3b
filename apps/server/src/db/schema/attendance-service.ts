import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { attendances } from './attendances.js';
import { organizationId } from './columns.js';
import { tenantPolicy } from './rls.js';
import { processes, slaReasons, subprocesses } from './service-config.js';
import { users } from './tenancy.js';

// Service data around an attendance (SPEC PAN-03…PAN-07): subprocess runs, SLA interventions,
// service orders, and each user's grid preferences.
const at = () => timestamp({ withTimezone: true });
const attendanceRef = () =>
  uuid()
    .notNull()
    .references(() => attendances.id, { onDelete: 'cascade' });

// SPEC PAN-03: one run of a subprocess. The open run (ended_at null) is mirrored on the attendance
// (subprocess_id, subprocess_due_at) so panel grids need no join to show "Fim Previsto".
export const attendanceSubprocesses = pgTable(
  'attendance_subprocesses',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    attendanceId: attendanceRef(),
    processId: uuid()
      .notNull()
      .references(() => processes.id, { onDelete: 'restrict' }),
    subprocessId: uuid()
      .notNull()
      .references(() => subprocesses.id, { onDelete: 'restrict' }),
    startedAt: at().notNull().defaultNow(),
    dueAt: at().notNull(),
    startedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    endedAt: at(),
    endedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index().on(t.attendanceId, t.startedAt), tenantPolicy('attendance_subprocesses')],
).enableRLS();

// SPEC PAN-04: "Modificar SLA". An increment moves the due time; a pause stops the count until resumed.
export const slaInterventions = pgTable(
  'sla_interventions',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    attendanceId: attendanceRef(),
    kind: text({ enum: ['increment', 'pause'] }).notNull(),
    reasonId: uuid()
      .notNull()
      .references(() => slaReasons.id, { onDelete: 'restrict' }),
    observations: text().notNull().default(''),
    unit: text({ enum: ['hours', 'days'] }),
    quantity: integer(),
    previousDueAt: at(),
    newDueAt: at(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: at().notNull().defaultNow(),
    resumedAt: at(),
    resumedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index().on(t.attendanceId, t.createdAt), tenantPolicy('sla_interventions')],
).enableRLS();

// SPEC PAN-06: "O.S." linked to an attendance. No order at all reads "Inexistente"; removed
// orders stay (removed_at) because their events reference them.
export const serviceOrders = pgTable(
  'service_orders',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    code: bigint({ mode: 'number' }).generatedAlwaysAsIdentity(),
    attendanceId: attendanceRef(),
    status: text({ enum: ['unscheduled', 'scheduled', 'done'] })
      .notNull()
      .default('unscheduled'),
    scheduledAt: at(),
    description: text().notNull().default(''),
    addressCep: text(),
    addressStreet: text(),
    addressNumber: text(),
    addressDistrict: text(),
    addressCity: text(),
    addressState: text(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
    removedAt: at(),
  },
  (t) => [
    index()
      .on(t.attendanceId)
      .where(sql`removed_at is null`),
    tenantPolicy('service_orders'),
  ],
).enableRLS();

// SPEC PAN-07: the column chooser is remembered per user and grid.
export const gridPreferences = pgTable(
  'grid_preferences',
  {
    organizationId: organizationId(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    grid: text().notNull(),
    settings: jsonb().$type<{ columns?: string[]; pivot?: unknown }>().notNull().default({}),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.grid] }), tenantPolicy('grid_preferences')],
).enableRLS();
