import { describe, expect, it } from 'vitest';
import { expectedKinds, fieldRules } from '../validation/field-rules.js';
import { fieldErrorMessage, fieldErrorMessages } from './field-errors.js';

// Issue item "every error goes through the catalogue in the request's language".
describe('field error catalogue', () => {
  it('words every rule and every expected kind in pt-BR and English, differently', () => {
    for (const rule of fieldRules) {
      const pt = fieldErrorMessages['pt-BR'].rules[rule];
      const en = fieldErrorMessages.en.rules[rule];
      expect(pt, rule).toBeTruthy();
      expect(en, rule).toBeTruthy();
      expect(pt, `${rule} is not translated`).not.toBe(en);
    }
    for (const kind of expectedKinds) expect(fieldErrorMessages['pt-BR'].expected[kind]).not.toBe(fieldErrorMessages.en.expected[kind]);
    expect(Object.keys(fieldErrorMessages['pt-BR'].rules).sort()).toEqual([...fieldRules].sort());
    expect(Object.keys(fieldErrorMessages.en.rules).sort()).toEqual([...fieldRules].sort());
  });

  it('fills in the limits and the expected kind', () => {
    expect(fieldErrorMessage('too_long', { max: 200 }, 'pt-BR')).toBe('Use no máximo 200 caracteres.');
    expect(fieldErrorMessage('too_short', { min: 10 }, 'en')).toBe('Use at least 10 characters.');
    expect(fieldErrorMessage('invalid_type', { expected: 'integer' }, 'pt-BR')).toBe('Informe um número inteiro.');
    expect(fieldErrorMessage('invalid_type', undefined, 'en')).toBe('Enter a valid value.');
  });

  it('leaves no placeholder unfilled when a rule has its params', () => {
    const params = { min: 1, max: 2, expected: 'text' } as const;
    for (const locale of ['pt-BR', 'en'] as const) {
      for (const rule of fieldRules) expect(fieldErrorMessage(rule, params, locale), rule).not.toMatch(/\{\{/);
    }
  });
});
