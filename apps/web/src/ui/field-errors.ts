import type { TFunction } from 'i18next';
import { ApiError } from '../app/api';
import { errorText } from './error-text';

export type FieldErrors = Partial<Record<string, string>>;

const translatedFields = ['name', 'email', 'password', 'extension', 'description'] as const;
type TranslatedField = (typeof translatedFields)[number];

function isTranslated(field: string): field is TranslatedField {
  return (translatedFields as readonly string[]).includes(field);
}

/** The form field a server path points at: `body.email` → `email`, `body.memberIds.0` → `memberIds`. */
export function fieldName(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'body' && !/^\d+$/.test(p));
  return parts[0] ?? path;
}

/**
 * Field messages from a 400 answer's `error.fields`, in the user's language where the console
 * knows the rule, otherwise as the server sent them. Coded errors tied to one field
 * (e.g. USER_EMAIL_TAKEN) can be placed on it with `codeFields`.
 */
export function fieldErrors(t: TFunction, err: unknown, codeFields: Record<string, string> = {}): FieldErrors {
  if (!(err instanceof ApiError)) return {};
  const out: FieldErrors = {};
  const codeField = codeFields[err.code];
  if (codeField) out[codeField] = errorText(t, err);
  for (const f of err.fields) {
    const name = fieldName(f.path);
    if (out[name]) continue;
    out[name] = isTranslated(name) ? t(`validation.${name}`) : f.message || t('validation.invalid');
  }
  return out;
}
