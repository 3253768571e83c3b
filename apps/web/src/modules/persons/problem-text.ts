import type { TFunction } from 'i18next';
import type { Problem, Problems } from './person-form';

/** A field's problem in the user's language (server text only for rules the console does not know). */
export function problemText(t: TFunction, problem: Problem | undefined): string | undefined {
  if (!problem) return undefined;
  if ('rule' in problem) return t(`persons.validation.${problem.rule}`);
  if ('code' in problem) return t(`errors.${problem.code}` as 'errors.PERSON_DOCUMENT_TAKEN');
  return problem.text || t('validation.invalid');
}

/** Problems that have no field on screen (a box since removed). */
export function hasProblems(problems: Problems): boolean {
  return Object.keys(problems).length > 0;
}
