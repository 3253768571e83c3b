import type { TFunction } from 'i18next';
import { ApiError, type FieldError } from '../app/api';
import { errorText } from './error-text';

export type FieldErrors = Partial<Record<string, string>>;

/** The form field a server path points at: `body.email` → `email`, `body.memberIds.0` → `memberIds`. */
export function fieldName(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'body' && !/^\d+$/.test(p));
  return parts[0] ?? path;
}

/**
 * One field error in the console's language: its rule translated here (so a language switch applies
 * to errors on screen), else the server's message, which the server already wrote in the user's language.
 */
export function fieldErrorText(t: TFunction, f: FieldError): string {
  if (f.rule) {
    const expected = t(`fieldErrors.expected.${f.params?.expected ?? 'value'}`);
    return t(`fieldErrors.rules.${f.rule}`, { min: f.params?.min, max: f.params?.max, expected });
  }
  return f.message || t('validation.invalid');
}

/**
 * Field messages from a 400 answer's `error.fields`, by rule (issue item "every error goes through
 * the catalogue"). Coded errors tied to one field (e.g. USER_EMAIL_TAKEN) can be placed on it with `codeFields`.
 */
export function fieldErrors(t: TFunction, err: unknown, codeFields: Record<string, string> = {}): FieldErrors {
  if (!(err instanceof ApiError)) return {};
  const out: FieldErrors = {};
  const codeField = codeFields[err.code];
  if (codeField) out[codeField] = errorText(t, err);
  for (const f of err.fields) {
    const name = fieldName(f.path);
    if (out[name]) continue;
    out[name] = fieldErrorText(t, f);
  }
  return out;
}
