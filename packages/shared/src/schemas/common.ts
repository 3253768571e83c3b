import { z } from 'zod';
import { expectedKinds, fieldRules } from '../validation/field-rules.js';

export const idSchema = z.uuid();
export const idParams = z.object({ id: idSchema });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Per field: a stable rule code (validation/field-rules.ts), its limits, and the rule in the request's language. */
    fields: z
      .array(
        z.object({
          path: z.string(),
          rule: z.enum(fieldRules),
          params: z.object({ min: z.number().optional(), max: z.number().optional(), expected: z.enum(expectedKinds).optional() }).optional(),
          message: z.string(),
        }),
      )
      .optional(),
  }),
});

export const okSchema = z.object({ ok: z.literal(true) });

/** Trimmed, non-empty text with a sane length cap. */
export const nameText = (max = 120) => z.string().trim().min(1).max(max);
export const emailText = z.email().trim().toLowerCase().max(254);
// Issue item (passwords): 10+ characters whenever a password is set; login accepts any stored one.
export const passwordText = z.string().min(10).max(200);

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * The body of a PATCH: every field optional and NO defaults. `schema.partial()` keeps a field's
 * `.default()`, so a PATCH naming only `name` would also reset `active`, `companyId` or a team's
 * members to their creation defaults.
 */
export function patchBody<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional()]),
  );
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]> & z.ZodType> }>;
}

/**
 * SPEC PER-04: one page of a history list (newest first), as the console's other paged lists
 * (`page` from 1; `total` counts every item, so the UI can show its pages).
 */
export const historyPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type HistoryPageQuery = z.infer<typeof historyPageQuery>;
export const historyPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
