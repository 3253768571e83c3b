import { z } from 'zod';

// SPEC PER-07: the external person service. Admins give a URL template ({cpf}, {cnpj}, {telefone}),
// an auth header (its value write-only), a timeout, and map JSON paths of the answer to person
// fields ("Campos pessoa"); the person form fills itself from it by document or phone.

export const personServiceFields = [
  'name',
  'document',
  'email',
  'phone',
  'cep',
  'logradouro',
  'numero',
  'complemento',
  'bairro',
  'cidade',
  'uf',
] as const;
/** A standard person field, or "custom.<key>" for a "Dados personalizados" field (PER-05). */
export const personServiceTarget = z.union([z.enum(personServiceFields), z.string().regex(/^custom\.[a-z0-9_]{1,40}$/)]);

export const personServiceMapping = z.object({
  /** Dotted path with numeric indexes: "cliente.nome", "contatos.0.email". */
  path: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/),
  field: personServiceTarget,
});

export const personServiceView = z.object({
  configured: z.boolean(),
  urlTemplate: z.string(),
  headerName: z.string().nullable(),
  /** Whether a header value is stored; the value itself is never returned. */
  hasHeaderValue: z.boolean(),
  timeoutMs: z.number().int(),
  mapping: z.array(personServiceMapping),
  active: z.boolean(),
});
export type PersonServiceView = z.infer<typeof personServiceView>;

export const personServiceBody = z.object({
  urlTemplate: z
    .string()
    .trim()
    .max(2000)
    .regex(/^https?:\/\//i, { error: 'invalid_format' }),
  headerName: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9-]*$/)
    .nullable()
    .default(null),
  /** Write-only: absent keeps the stored value, null or "" removes it. */
  headerValue: z.string().max(2000).nullable().optional(),
  timeoutMs: z.number().int().min(500).max(30_000).default(5000),
  mapping: z.array(personServiceMapping).max(50).default([]),
  active: z.boolean().default(true),
});

export const personLookupQuery = z
  .object({ document: z.string().trim().max(32).optional(), phone: z.string().trim().max(40).optional() })
  .refine((q) => Boolean(q.document) !== Boolean(q.phone), { error: 'exactly_one' });

/** What the service said, by person field ("name", "email", "custom.plano"…); the form fills these. */
export const personLookupResult = z.object({ values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])) });
export type PersonLookupResult = z.infer<typeof personLookupResult>;
