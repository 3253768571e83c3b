import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { attendances } from './attendances.js';
import { organizationId } from './columns.js';
import { persons } from './persons.js';
import { slaPolicies } from './service-config.js';
import { tenantPolicy } from './rls.js';
import { teams, users } from './tenancy.js';

// The knowledge base (SPEC KB-01…KB-03), what an attendance records from it (ATT-07) and the
// attendance scripts (ATT-11).
const at = () => timestamp({ withTimezone: true });

// SPEC KB-01: "Sessão/Categoria", nested.
export const knowledgeCategories = pgTable(
  'knowledge_categories',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    parentId: uuid().references((): AnyPgColumn => knowledgeCategories.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    position: integer().notNull().default(0),
    active: boolean().notNull().default(true),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.organizationId, t.parentId), tenantPolicy('knowledge_categories')],
).enableRLS();

/**
 * SPEC KB-01: the tree's leaves. An information (blue) carries its "Solução Proposta"; a request type
 * (green) its operator guidance, anonymous/identified, attachments, SLA (days) and responsible team.
 */
export const knowledgeItems = pgTable(
  'knowledge_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    categoryId: uuid()
      .notNull()
      .references(() => knowledgeCategories.id, { onDelete: 'cascade' }),
    kind: text({ enum: ['information', 'request_type'] }).notNull(),
    title: text().notNull(),
    /** Sanitized HTML, written only through the server's allow-list sanitizer. */
    solutionHtml: text().notNull().default(''),
    keywords: text().notNull().default(''),
    guidance: text().notNull().default(''),
    identified: boolean().notNull().default(false),
    attachmentsAllowed: boolean().notNull().default(true),
    /** The SAC deadline by default: 7 calendar days (used when no SLA policy is chosen). */
    slaDays: integer().notNull().default(7),
    /** SPEC KB-01: an SLA policy of the organization instead of calendar days (business hours or calendar). */
    slaPolicyId: uuid().references(() => slaPolicies.id, { onDelete: 'set null' }),
    teamId: uuid().references(() => teams.id, { onDelete: 'set null' }),
    active: boolean().notNull().default(true),
    /** foldText(title, keywords, solution text), written by the application: accent-insensitive search. */
    searchText: text().notNull().default(''),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.organizationId, t.categoryId), tenantPolicy('knowledge_items')],
).enableRLS();

// SPEC KB-02, ATT-07: which information was given in an attendance (the title as it read then).
export const attendanceInformations = pgTable(
  'attendance_informations',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    attendanceId: uuid()
      .notNull()
      .references(() => attendances.id, { onDelete: 'cascade' }),
    itemId: uuid().references(() => knowledgeItems.id, { onDelete: 'set null' }),
    title: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.attendanceId, t.createdAt), tenantPolicy('attendance_informations')],
).enableRLS();

// SPEC KB-03: a request with its own protocol (the attendances' format and counter) and lifecycle.
export const requests = pgTable(
  'requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    protocol: text().notNull(),
    requestTypeId: uuid().references(() => knowledgeItems.id, { onDelete: 'set null' }),
    title: text().notNull(),
    attendanceId: uuid().references(() => attendances.id, { onDelete: 'set null' }),
    personId: uuid().references(() => persons.id, { onDelete: 'set null' }),
    description: text().notNull(),
    status: text({ enum: ['open', 'in_progress', 'answered', 'closed'] })
      .notNull()
      .default('open'),
    teamId: uuid().references(() => teams.id, { onDelete: 'set null' }),
    assigneeId: uuid().references(() => users.id, { onDelete: 'set null' }),
    dueAt: at().notNull(),
    /** Attachment ids of the attendance (its uploads) the agent joined to the request. */
    attachmentIds: jsonb().$type<string[]>().notNull().default([]),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('requests_protocol_unique').on(t.organizationId, t.protocol),
    index().on(t.organizationId, t.status, t.createdAt),
    index().on(t.attendanceId),
    index()
      .on(t.personId)
      .where(sql`person_id is not null`),
    tenantPolicy('requests'),
  ],
).enableRLS();

// SPEC KB-03: comments on a request, in order.
export const requestComments = pgTable(
  'request_comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    requestId: uuid()
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    body: text().notNull(),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** SPEC KB-03: a reply sent to the customer by e-mail ('email', with the address); null for an internal comment. */
    deliveredVia: text({ enum: ['email', 'channel'] }),
    deliveredTo: text(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [index().on(t.requestId, t.createdAt), tenantPolicy('request_comments')],
).enableRLS();

// SPEC ATT-11: "Script de Atendimento"; no company listed means every company.
export const attendanceScripts = pgTable(
  'attendance_scripts',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    title: text().notNull(),
    body: text().notNull(),
    companyIds: jsonb().$type<string[]>().notNull().default([]),
    active: boolean().notNull().default(true),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  () => [tenantPolicy('attendance_scripts')],
).enableRLS();

/** One field of an "Informações Personalizadas" form (SPEC ATT-12). */
export type FormFieldDef = {
  key: string;
  label: string;
  type: 'text' | 'number' | 'date' | 'select' | 'checkbox' | 'document' | 'cep';
  required: boolean;
  options: string[];
};

// SPEC ATT-12 "Informações Personalizadas": admin-defined forms agents fill during an attendance.
export const attendanceForms = pgTable(
  'attendance_forms',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    name: text().notNull(),
    icon: text().notNull().default('forms'),
    group: text().notNull().default(''),
    fields: jsonb().$type<FormFieldDef[]>().notNull().default([]),
    /** The roles that may fill it ("tipo de permissão"). */
    roles: jsonb().$type<string[]>().notNull().default(['agent', 'supervisor', 'admin']),
    active: boolean().notNull().default(true),
    createdAt: at().notNull().defaultNow(),
    updatedAt: at().notNull().defaultNow(),
  },
  () => [tenantPolicy('attendance_forms')],
).enableRLS();

// SPEC ATT-12: the answers of one form in one attendance (the latest wins; each save is an event).
export const attendanceFormAnswers = pgTable(
  'attendance_form_answers',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: organizationId(),
    attendanceId: uuid()
      .notNull()
      .references(() => attendances.id, { onDelete: 'cascade' }),
    formId: uuid()
      .notNull()
      .references(() => attendanceForms.id, { onDelete: 'cascade' }),
    answers: jsonb().$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('attendance_form_answers_unique').on(t.attendanceId, t.formId),
    // SPEC ATT-12: panels and "Busca avançada" find attendances by an exact answer (`answers @> …`).
    index('attendance_form_answers_answers_gin').using('gin', t.answers.op('jsonb_path_ops')),
    tenantPolicy('attendance_form_answers'),
  ],
).enableRLS();
