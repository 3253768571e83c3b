import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantPolicy } from './rls.js';
import { companies } from './tenancy.js';
import { organizationId } from './columns.js';

// Panel configuration (SPEC PAN-02…PAN-04, ORG-03), kept by admins under "Configurações".
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

// SPEC PAN-03: a process an attendance runs through, made of ordered subprocesses.
export const processes = pgTable(
  'processes',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    name: text().notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('processes_name_unique').on(t.organizationId, sql`lower(name)`), tenantPolicy('processes')],
).enableRLS();

/** Each subprocess has a duration in hours: its start plus the duration is the "Fim Previsto". */
export const subprocesses = pgTable(
  'subprocesses',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    processId: uuid()
      .notNull()
      .references(() => processes.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    position: integer().notNull(),
    durationHours: integer().notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('subprocesses_name_unique').on(t.processId, sql`lower(name)`),
    index().on(t.processId, t.position),
    tenantPolicy('subprocesses'),
  ],
).enableRLS();

// "Classificação de abertura" / "Classificação de encerramento" (PAN-01, ATT-07).
export const classifications = pgTable(
  'classifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    kind: text({ enum: ['opening', 'closing'] }).notNull(),
    name: text().notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('classifications_name_unique').on(t.organizationId, t.kind, sql`lower(name)`), tenantPolicy('classifications')],
).enableRLS();

// SPEC PAN-02: "Origem do contato". `key` marks the seeded ones (email, whatsapp, webchat…) so a
// channel sets its attendances' origin automatically; admins may add their own (key null).
export const contactOrigins = pgTable(
  'contact_origins',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    key: text(),
    name: text().notNull(),
    active: boolean().notNull().default(true),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('contact_origins_key_unique')
      .on(t.organizationId, t.key)
      .where(sql`key is not null`),
    uniqueIndex('contact_origins_name_unique').on(t.organizationId, sql`lower(name)`),
    tenantPolicy('contact_origins'),
  ],
).enableRLS();

// SPEC PAN-04: "Motivos de intervenção de SLA", each either an increment or a pause reason.
export const slaReasons = pgTable(
  'sla_reasons',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    name: text().notNull(),
    type: text({ enum: ['increment', 'pause'] }).notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sla_reasons_name_unique').on(t.organizationId, t.type, sql`lower(name)`), tenantPolicy('sla_reasons')],
).enableRLS();

export type CalendarHours = Array<{ weekday: number; start: string; end: string }>;

// SPEC PAN-04: business calendar per company (company null = the organization's default).
// Brazilian national holidays are computed (packages/shared sla/holidays); own dates are rows below.
export const businessCalendars = pgTable(
  'business_calendars',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    companyId: uuid().references(() => companies.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    timeZone: text().notNull().default('America/Sao_Paulo'),
    hours: jsonb().$type<CalendarHours>().notNull(),
    nationalHolidays: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('business_calendars_company_unique')
      .on(t.organizationId, t.companyId)
      .where(sql`company_id is not null`),
    uniqueIndex('business_calendars_default_unique')
      .on(t.organizationId)
      .where(sql`company_id is null`),
    tenantPolicy('business_calendars'),
  ],
).enableRLS();

export const calendarHolidays = pgTable(
  'calendar_holidays',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    calendarId: uuid()
      .notNull()
      .references(() => businessCalendars.id, { onDelete: 'cascade' }),
    date: date({ mode: 'string' }).notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex('calendar_holidays_date_unique').on(t.calendarId, t.date), tenantPolicy('calendar_holidays')],
).enableRLS();

// SPEC PAN-04: resolution time per classification and/or process. The most specific active policy
// wins (classification + process, then classification, then process, then the default with neither).
export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    name: text().notNull(),
    classificationId: uuid().references(() => classifications.id, { onDelete: 'cascade' }),
    processId: uuid().references(() => processes.id, { onDelete: 'cascade' }),
    resolutionMinutes: integer().notNull(),
    mode: text({ enum: ['business', 'calendar'] })
      .notNull()
      .default('business'),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('sla_policies_scope_unique')
      .on(
        t.organizationId,
        sql`coalesce(classification_id, '00000000-0000-0000-0000-000000000000'::uuid)`,
        sql`coalesce(process_id, '00000000-0000-0000-0000-000000000000'::uuid)`,
      )
      .where(sql`active`),
    tenantPolicy('sla_policies'),
  ],
).enableRLS();

// SPEC ORG-03: "Permissões de ferramentas". A row overrides the default for a role and a tool
// (defaults in packages/shared panels tools); the API checks the same table as the UI.
export const toolPermissions = pgTable(
  'tool_permissions',
  {
    organizationId: organizationId(),
    role: text({ enum: ['admin', 'supervisor', 'agent'] }).notNull(),
    tool: text().notNull(),
    allowed: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.role, t.tool] }), tenantPolicy('tool_permissions')],
).enableRLS();
