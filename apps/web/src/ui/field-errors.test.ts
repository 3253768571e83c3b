import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../app/api';
import { fieldErrors, fieldName } from './field-errors';

// A stand-in `t` that shows which key was asked for.
const t = ((key: string, opts?: object) => `t:${key}${opts ? ` ${JSON.stringify(opts)}` : ''}`) as unknown as TFunction;

describe('fieldName', () => {
  it('maps server paths to form fields', () => {
    expect(fieldName('body.email')).toBe('email');
    expect(fieldName('body.memberIds.0')).toBe('memberIds');
    expect(fieldName('name')).toBe('name');
  });
});

describe('fieldErrors', () => {
  it('translates each field by its rule, with its limits, and keeps the server message when there is no rule', () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', 'x', [
      { path: 'body.password', rule: 'too_short', params: { min: 10 }, message: 'Use ao menos 10 caracteres.' },
      { path: 'body.extension', rule: 'unique', message: 'Este valor já está em uso.' },
      { path: 'body.role', message: 'Escolha uma das opções disponíveis.' },
    ]);
    expect(fieldErrors(t, err)).toEqual({
      password: 't:fieldErrors.rules.too_short {"min":10,"expected":"t:fieldErrors.expected.value"}',
      extension: 't:fieldErrors.rules.unique {"expected":"t:fieldErrors.expected.value"}',
      role: 'Escolha uma das opções disponíveis.',
    });
  });

  it('words rules in the console language, whatever language the server answered in', async () => {
    const { default: i18n } = await import('i18next');
    const { i18nResources } = await import('@atende/shared/i18n');
    const instance = i18n.createInstance();
    await instance.init({ lng: 'en', resources: i18nResources, interpolation: { escapeValue: false } });
    const err = new ApiError(400, 'VALIDATION_FAILED', 'x', [
      { path: 'body.name', rule: 'too_long', params: { max: 120 }, message: 'Use no máximo 120 caracteres.' },
      { path: 'body.limit', rule: 'invalid_type', params: { expected: 'integer' }, message: 'Informe um número inteiro.' },
    ]);
    expect(fieldErrors(instance.t, err)).toEqual({ name: 'Use at most 120 characters.', limit: 'Enter a whole number.' });
  });

  it('puts a coded error on its field', () => {
    const err = new ApiError(409, 'USER_EMAIL_TAKEN', 'x');
    expect(fieldErrors(t, err, { USER_EMAIL_TAKEN: 'email' })).toEqual({ email: 't:errors.USER_EMAIL_TAKEN' });
  });

  it('is empty for anything that is not an API error', () => {
    expect(fieldErrors(t, new Error('boom'))).toEqual({});
    expect(fieldErrors(t, null)).toEqual({});
  });
});
