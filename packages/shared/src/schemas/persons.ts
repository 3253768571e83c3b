import { z } from 'zod';
import { normalizeCep, ufs } from '../br/cep.js';
import { isValidCnpj, isValidCpf, normalizeDocument } from '../br/documents.js';
import { normalizePhone } from '../br/phone.js';
import type { FieldRule } from '../validation/field-rules.js';
import { emailText, nameText } from './common.js';

// SPEC PER-01…PER-03: the people the organization serves ("pessoas"), physical (PF) or legal (PJ).
export const personTypes = ['PF', 'PJ'] as const;
export type PersonType = (typeof personTypes)[number];
export const addressKinds = ['residential', 'commercial', 'billing', 'other'] as const;

// The same values as a form's answers (attendance-forms.ts), declared here to keep this file free of
// an import cycle with person-fields.ts.
const customValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const personAddressBody = z.object({
  kind: z.enum(addressKinds).default('residential'),
  // Empty means "not known"; otherwise 8 digits, punctuation allowed.
  cep: z
    .string()
    .trim()
    .refine((v) => v === '' || normalizeCep(v) !== null, { error: 'invalid_cep' })
    .nullable()
    .optional(),
  logradouro: optionalText(200),
  numero: optionalText(20),
  complemento: optionalText(120),
  bairro: optionalText(120),
  cidade: nameText(120),
  uf: z.enum(ufs),
});

// Shape only: check digits and phone numbers are checked by `personFieldProblems`, because an
// edit's document must fit the type already stored.
const documentText = z.string().trim().max(32).nullable().optional();
const phoneText = z.string().trim().min(1).max(40);

export const personBody = z.object({
  type: z.enum(personTypes),
  name: nameText(200),
  /** CPF for PF, CNPJ (numeric or alphanumeric) for PJ; punctuation optional. */
  document: documentText,
  emails: z.array(emailText).max(20).default([]),
  /** Any usual format; stored in E.164 ("(11) 98765-4321" → "+5511987654321"). */
  phones: z.array(phoneText).max(20).default([]),
  addresses: z.array(personAddressBody).max(10).default([]),
  /** SPEC PER-05: "Dados personalizados", by field key; checked against the type's active fields. */
  custom: z.record(z.string().max(40), customValue).default({}),
});

/** An edit: lists given replace the stored ones; absent fields stay as they are. */
export const updatePersonBody = z.object({
  type: z.enum(personTypes).optional(),
  name: nameText(200).optional(),
  document: documentText,
  emails: z.array(emailText).max(20).optional(),
  phones: z.array(phoneText).max(20).optional(),
  addresses: z.array(personAddressBody).max(10).optional(),
  custom: z.record(z.string().max(40), customValue).optional(),
});

export const searchPersonsQuery = z.object({
  /** Name (partial, accent-insensitive), e-mail, CPF/CNPJ or phone, with or without punctuation. */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const personAddressSchema = z.object({
  kind: z.enum(addressKinds),
  cep: z.string().nullable(),
  logradouro: z.string().nullable(),
  numero: z.string().nullable(),
  complemento: z.string().nullable(),
  bairro: z.string().nullable(),
  cidade: z.string(),
  uf: z.enum(ufs),
});
export type PersonAddress = z.infer<typeof personAddressSchema>;

export const personPhoneSchema = z.object({ e164: z.string(), formatted: z.string() });

export const personSchema = z.object({
  id: z.uuid(),
  type: z.enum(personTypes),
  name: z.string(),
  /** Formatted (000.000.000-00, 00.000.000/0000-00). */
  document: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(personPhoneSchema),
  addresses: z.array(personAddressSchema),
  custom: z.record(z.string(), customValue),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const personSummarySchema = z.object({
  id: z.uuid(),
  type: z.enum(personTypes),
  name: z.string(),
  document: z.string().nullable(),
  /** The first e-mail and phone (formatted), for the search results. */
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

/** SPEC PER-04 "Redes Sociais": a channel identity remembered for the person (PER-03). */
export const personIdentitySchema = z.object({ channelType: z.string(), identity: z.string(), since: z.string() });
export type PersonIdentity = z.infer<typeof personIdentitySchema>;

/** A field's problem as a rule code; the API words it in the reader's language. */
export type FieldProblem = { path: string; rule: FieldRule };

/**
 * What the schemas cannot tell alone (SPEC PER-02): the document fits the type and has valid check
 * digits, and every phone is a phone number. Paths are relative to the body ("document", "phones.1").
 */
export function personFieldProblems(input: { type: PersonType; document?: string | null; phones?: readonly string[] }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const document = input.document ? normalizeDocument(input.document) : '';
  if (document && input.type === 'PF' && !isValidCpf(document)) problems.push({ path: 'document', rule: 'invalid_cpf' });
  if (document && input.type === 'PJ' && !isValidCnpj(document)) problems.push({ path: 'document', rule: 'invalid_cnpj' });
  input.phones?.forEach((phone, i) => {
    if (!normalizePhone(phone)) problems.push({ path: `phones.${i}`, rule: 'invalid_phone' });
  });
  return problems;
}
