import type { TFunction } from 'i18next';
import { fieldErrorText } from '../../ui/field-errors';
import type { Problem, Problems } from './person-form';

/** A field's problem in the user's language (the server's field rule for those the form does not know). */
export function problemText(t: TFunction, problem: Problem | undefined): string | undefined {
  if (!problem) return undefined;
  if ('rule' in problem) {
    return problem.rule === 'required' || problem.rule === 'invalid'
      ? t(`people.validation.${problem.rule}`)
      : t(`persons.validation.${problem.rule}`);
  }
  if ('code' in problem) return t(`errors.${problem.code}` as 'errors.PERSON_DOCUMENT_TAKEN');
  return fieldErrorText(t, problem.server);
}

/** Problems that have no field on screen (a box since removed). */
export function hasProblems(problems: Problems): boolean {
  return Object.keys(problems).length > 0;
}
