import { cleanAnswers, fieldsForType, personCustomProblems, type PersonCustomData, type PersonField, type PersonType } from '@atende/shared';
import type { Scope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import { personFieldsRepo, type PersonFieldRow } from './person-fields.repository.js';

export const toPersonField = (r: PersonFieldRow): PersonField => ({
  id: r.id,
  personType: r.personType,
  key: r.key,
  label: r.label,
  type: r.type,
  required: r.required,
  options: r.options,
  position: r.position,
  active: r.active,
});

/**
 * SPEC PER-05: a person's "Dados personalizados" checked against the active fields of its type with
 * the same validator as the attendance forms (ATT-12); 400 VALIDATION_FAILED names each field
 * ("body.custom.<key>"). Returns what to store: the type's fields cleaned over what was there, so a
 * value of a field since deactivated (or of the other type) is kept, not lost.
 */
export async function checkedCustomData(
  s: Scope,
  type: PersonType,
  given: PersonCustomData,
  stored: PersonCustomData = {},
): Promise<PersonCustomData> {
  const fields = (await personFieldsRepo.list(s)).map(toPersonField);
  const merged = { ...stored, ...given };
  const problems = personCustomProblems(fields, type, merged);
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems.map((p) => ({ path: `body.${p.path}`, rule: p.rule })) });
  return { ...stored, ...cleanAnswers(fieldsForType(fields, type), merged) };
}
