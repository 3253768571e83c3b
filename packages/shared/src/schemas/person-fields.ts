import { z } from 'zod';
import { formAnswerProblems, formAnswerValue, formFieldSchema, type FormAnswers } from './attendance-forms.js';
import { patchBody } from './common.js';
import { personTypes, type PersonType } from './persons.js';

// SPEC PER-05 "Dados personalizados": admin-defined complementary fields per person type (PF/PJ).
// A field is the same thing as a field of an "Informações Personalizadas" form (ATT-12): one
// definition schema and one validator (`formAnswerProblems`) serve both.

export const personFieldSchema = formFieldSchema.extend({
  id: z.uuid(),
  personType: z.enum(personTypes),
  position: z.number().int(),
  active: z.boolean(),
});
export type PersonField = z.infer<typeof personFieldSchema>;

export const personFieldBody = formFieldSchema.extend({
  personType: z.enum(personTypes),
  position: z.number().int().min(0).max(1000).default(0),
  active: z.boolean().default(true),
});
export const updatePersonFieldBody = patchBody(personFieldBody);

/** The custom data stored on a person, by field key. */
export const personCustomData = z.record(z.string().max(40), formAnswerValue);
export type PersonCustomData = FormAnswers;

/** The active fields of a person type, in order. */
export const fieldsForType = (fields: readonly PersonField[], type: PersonType): PersonField[] =>
  fields.filter((f) => f.active && f.personType === type).sort((a, b) => a.position - b.position || a.label.localeCompare(b.label));

/** Problems of a person's custom data, as field paths relative to the body ("custom.contrato"). */
export function personCustomProblems(
  fields: readonly PersonField[],
  type: PersonType,
  custom: FormAnswers,
): { path: string; rule: 'required' | 'invalid' }[] {
  const problems = formAnswerProblems(fieldsForType(fields, type), custom);
  return Object.entries(problems).map(([key, rule]) => ({ path: `custom.${key}`, rule }));
}
