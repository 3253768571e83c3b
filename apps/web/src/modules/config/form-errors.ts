import type { TFunction } from 'i18next';
import { ApiError } from '../../app/api';
import { fieldErrors, fieldName, type FieldErrors } from '../../ui/field-errors';

// The configuration forms' own fields, with a message in the user's language (the console's
// shared helper knows name/email/password…; these come from VALIDATION_FAILED `fields`).
const configFields = ['durationHours', 'timeZone', 'hours', 'date', 'resolutionMinutes', 'type', 'kind', 'mode'] as const;
type ConfigField = (typeof configFields)[number];

const isConfigField = (name: string): name is ConfigField => (configFields as readonly string[]).includes(name);

/** Per-field messages of a save error; coded errors tied to one field go on it via `codeFields`. */
export function configFieldErrors(t: TFunction, err: unknown, codeFields: Record<string, string> = {}): FieldErrors {
  const out = fieldErrors(t, err, codeFields);
  if (!(err instanceof ApiError) || err.code in codeFields) return out;
  for (const f of err.fields) {
    const name = fieldName(f.path);
    if (isConfigField(name)) out[name] = t(`config.validation.${name}`);
  }
  return out;
}

/** Whether the error is already shown next to a field (so the form hides its general alert). */
export function shownOnField(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}
