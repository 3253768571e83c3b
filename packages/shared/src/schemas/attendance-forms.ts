import { z } from 'zod';
import { normalizeCep } from '../br/cep.js';
import { isValidCnpj, isValidCpf } from '../br/documents.js';
import { roles } from '../roles.js';
import { nameText, patchBody } from './common.js';

// SPEC ATT-12 "Informações Personalizadas": admin-defined forms filled during an attendance.

export const formFieldTypes = ['text', 'number', 'date', 'select', 'checkbox', 'document', 'cep'] as const;
export type FormFieldType = (typeof formFieldTypes)[number];
export const formIcons = ['forms', 'device', 'home', 'file', 'star'] as const;

export const formFieldSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,40}$/),
  label: nameText(120),
  type: z.enum(formFieldTypes),
  required: z.boolean().default(false),
  options: z.array(z.string().trim().min(1).max(120)).max(50).default([]),
});
export type FormField = z.infer<typeof formFieldSchema>;

export const attendanceFormSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  icon: z.string(),
  group: z.string(),
  fields: z.array(formFieldSchema),
  roles: z.array(z.enum(roles)),
  active: z.boolean(),
});
export type AttendanceForm = z.infer<typeof attendanceFormSchema>;

export const attendanceFormBody = z.object({
  name: nameText(120),
  icon: z.enum(formIcons).default('forms'),
  group: z.string().trim().max(120).default(''),
  fields: z
    .array(formFieldSchema)
    .min(1)
    .max(50)
    .refine((f) => new Set(f.map((x) => x.key)).size === f.length, { error: 'duplicate_key' }),
  roles: z.array(z.enum(roles)).min(1).default(['agent', 'supervisor', 'admin']),
  active: z.boolean().default(true),
});
export const updateAttendanceFormBody = patchBody(attendanceFormBody);

export const formAnswerValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
export type FormAnswers = Record<string, z.infer<typeof formAnswerValue>>;
export const formAnswersBody = z.object({ answers: z.record(z.string(), formAnswerValue) });

/** A form offered in an attendance, with what was answered so far. */
export const attendanceFormFillSchema = attendanceFormSchema.pick({ id: true, name: true, icon: true, group: true, fields: true }).extend({
  answers: z.record(z.string(), formAnswerValue).nullable(),
});
export type AttendanceFormFill = z.infer<typeof attendanceFormFillSchema>;

/**
 * The problems of a set of answers, by field key: a required field left empty ("required"), or a
 * value not of its type ("invalid": a number, an ISO date, one of the options, a valid CPF/CNPJ, a
 * CEP of 8 digits). Unknown keys are dropped by `cleanAnswers`.
 */
export function formAnswerProblems(fields: FormField[], answers: FormAnswers): Record<string, 'required' | 'invalid'> {
  const problems: Record<string, 'required' | 'invalid'> = {};
  for (const f of fields) {
    const v = answers[f.key];
    const empty = v === undefined || v === null || v === '' || (f.type === 'checkbox' && v === false);
    if (empty) {
      if (f.required) problems[f.key] = 'required';
      continue;
    }
    const s = String(v);
    const ok =
      f.type === 'text'
        ? typeof v === 'string'
        : f.type === 'number'
          ? typeof v === 'number' || (s.trim() !== '' && Number.isFinite(Number(s.replace(',', '.'))))
          : f.type === 'date'
            ? /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))
            : f.type === 'select'
              ? f.options.includes(s)
              : f.type === 'checkbox'
                ? typeof v === 'boolean'
                : f.type === 'document'
                  ? isValidCpf(s) || isValidCnpj(s)
                  : normalizeCep(s) !== null;
    if (!ok) problems[f.key] = 'invalid';
  }
  return problems;
}

/** Only the form's own keys, empty strings as null. */
export function cleanAnswers(fields: FormField[], answers: FormAnswers): FormAnswers {
  const out: FormAnswers = {};
  for (const f of fields) {
    const v = answers[f.key];
    out[f.key] = v === undefined || v === '' ? null : typeof v === 'string' ? v.trim() : v;
  }
  return out;
}
