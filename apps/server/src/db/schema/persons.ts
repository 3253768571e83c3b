import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenantPolicy } from './rls.js';
import { users } from './tenancy.js';
import { organizationId } from './columns.js';

const orgRef = () => organizationId();
const personRef = () =>
  uuid()
    .notNull()
    .references(() => persons.id, { onDelete: 'cascade' });

// SPEC PER-01, PER-02: the people an organization serves.
export const persons = pgTable(
  'persons',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: orgRef(),
    type: text({ enum: ['PF', 'PJ'] }).notNull(),
    name: text().notNull(),
    /** foldText(name), written by the application: accent-insensitive partial search (PER-01). */
    searchName: text().notNull(),
    /** CPF or CNPJ, normalized (digits, and capital letters for the alphanumeric CNPJ). */
    document: text(),
    /** SPEC PER-05 "Dados personalizados": values by field key (person_fields). */
    custom: jsonb().$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('persons_document_unique')
      .on(t.organizationId, t.document)
      .where(sql`document is not null`),
    index().on(t.organizationId, t.searchName),
    index().on(t.organizationId, t.updatedAt),
    tenantPolicy('persons'),
  ],
).enableRLS();

export const personEmails = pgTable(
  'person_emails',
  {
    organizationId: orgRef(),
    personId: personRef(),
    /** Lowercased. */
    email: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.email] }), index().on(t.organizationId, t.email), tenantPolicy('person_emails')],
).enableRLS();

// One row per match key (PER-01): a mobile is stored under its E.164 and under its twin with or
// without the 9th digit, so a search by either form finds it. The row whose key is the number
// itself is the phone as registered.
export const personPhones = pgTable(
  'person_phones',
  {
    organizationId: orgRef(),
    personId: personRef(),
    e164: text().notNull(),
    matchKey: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.e164, t.matchKey] }), index().on(t.organizationId, t.matchKey), tenantPolicy('person_phones')],
).enableRLS();

export const personAddresses = pgTable(
  'person_addresses',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: orgRef(),
    personId: personRef(),
    kind: text({ enum: ['residential', 'commercial', 'billing', 'other'] }).notNull(),
    /** 8 digits. */
    cep: text(),
    logradouro: text(),
    numero: text(),
    complemento: text(),
    bairro: text(),
    cidade: text().notNull(),
    uf: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [index().on(t.personId), tenantPolicy('person_addresses')],
).enableRLS();

// SPEC PER-03: a channel identity (visitor token, e-mail, WhatsApp number…) remembered, so the
// next contact from it finds the person.
export const personIdentities = pgTable(
  'person_identities',
  {
    organizationId: orgRef(),
    channelType: text().notNull(),
    identity: text().notNull(),
    personId: personRef(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'person_identities_pkey', columns: [t.organizationId, t.channelType, t.identity] }),
    index().on(t.personId),
    tenantPolicy('person_identities'),
  ],
).enableRLS();

// SPEC PER-05 "Dados personalizados": admin-defined complementary fields per person type. The
// definition is a form field (ATT-12) plus the type it applies to, its order and status.
export const personFields = pgTable(
  'person_fields',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: orgRef(),
    personType: text({ enum: ['PF', 'PJ'] }).notNull(),
    key: text().notNull(),
    label: text().notNull(),
    type: text({ enum: ['text', 'number', 'date', 'select', 'checkbox', 'document', 'cep'] }).notNull(),
    required: boolean().notNull().default(false),
    options: jsonb().$type<string[]>().notNull().default([]),
    position: integer().notNull().default(0),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('person_fields_key_unique').on(t.organizationId, t.personType, t.key), tenantPolicy('person_fields')],
).enableRLS();

// SPEC PER-07: the organization's external person service ("Configuração" and "Campos pessoa").
// The auth header's value is sealed with ENCRYPTION_KEY and never returned by the API.
export const personServiceSettings = pgTable(
  'person_service_settings',
  {
    organizationId: orgRef().primaryKey(),
    urlTemplate: text().notNull(),
    headerName: text(),
    headerValueSealed: text(),
    timeoutMs: integer().notNull().default(5000),
    /** JSON path in the service's answer → person field ("name", "email", "custom.<key>"…). */
    mapping: jsonb().$type<{ path: string; field: string }[]>().notNull().default([]),
    active: boolean().notNull().default(true),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  () => [tenantPolicy('person_service_settings')],
).enableRLS();
