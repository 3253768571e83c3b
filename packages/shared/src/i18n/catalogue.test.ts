import { describe, expect, it } from 'vitest';
import { errorCodes } from '../errors.js';
import { errorMessage, i18nResources } from './index.js';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

// SPEC PLT-01: pt-BR and English everywhere, so the two catalogues must never drift apart.
describe('translation catalogues', () => {
  it('have exactly the same keys in pt-BR and English', () => {
    expect(keys(i18nResources.en.translation).sort()).toEqual(keys(i18nResources['pt-BR'].translation).sort());
  });

  it('translate every error code in both languages, with different text', () => {
    for (const code of errorCodes) {
      const pt = errorMessage(code, 'pt-BR');
      const en = errorMessage(code, 'en');
      expect(pt, code).toBeTruthy();
      expect(en, code).toBeTruthy();
      expect(pt === en && code !== 'INTERNAL', `${code} is not translated`).toBe(false);
    }
  });

  it('falls back to the generic message for an unknown code', () => {
    expect(errorMessage('NO_SUCH_CODE', 'en')).toBe('Something went wrong. Please try again.');
  });
});
