import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../app/api';
import { fieldErrors, fieldName } from './field-errors';

// A stand-in `t` that shows which key was asked for.
const t = ((key: string) => `t:${key}`) as unknown as TFunction;

describe('fieldName', () => {
  it('maps server paths to form fields', () => {
    expect(fieldName('body.email')).toBe('email');
    expect(fieldName('body.memberIds.0')).toBe('memberIds');
    expect(fieldName('name')).toBe('name');
  });
});

describe('fieldErrors', () => {
  it('translates known rules and keeps the server message for the others', () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', 'x', [
      { path: 'body.password', message: 'Too small' },
      { path: 'body.role', message: 'Invalid option' },
    ]);
    expect(fieldErrors(t, err)).toEqual({ password: 't:validation.password', role: 'Invalid option' });
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
