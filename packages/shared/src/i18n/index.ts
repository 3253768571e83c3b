import type { ErrorCode } from '../errors.js';
import type { Locale } from '../roles.js';
import { errorMessages } from './errors.js';
import { fieldErrorMessages } from './field-errors.js';
import { uiMessages } from './ui.js';

export { errorMessages } from './errors.js';
export { fieldErrorMessage, fieldErrorMessages } from './field-errors.js';
export { uiMessages } from './ui.js';

/** i18next resources: one `translation` namespace per locale, errors under `errors.*`, field rules under `fieldErrors.*`. */
export const i18nResources = {
  'pt-BR': { translation: { ...uiMessages['pt-BR'], errors: errorMessages['pt-BR'], fieldErrors: fieldErrorMessages['pt-BR'] } },
  en: { translation: { ...uiMessages.en, errors: errorMessages.en, fieldErrors: fieldErrorMessages.en } },
} as const;

export function errorMessage(code: string, locale: Locale): string {
  const table = errorMessages[locale] as Record<string, string>;
  return table[code] ?? table.INTERNAL ?? code;
}

export function isErrorCode(code: string): code is ErrorCode {
  return code in errorMessages['pt-BR'];
}
