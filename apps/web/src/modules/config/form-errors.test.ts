import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api';
import { configFieldErrors, shownOnField } from './form-errors';

// A stand-in `t` that shows which key was asked for.
const t = ((key: string) => `t:${key}`) as unknown as TFunction;

describe('configFieldErrors', () => {
  it("translates the configuration forms' own fields and keeps the shared ones", () => {
    const err = new ApiError(400, 'VALIDATION_FAILED', 'x', [
      { path: 'body.durationHours', rule: 'too_small', params: { min: 1 }, message: 'Informe um valor de no mínimo 1.' },
      { path: 'body.name', rule: 'required', message: 'Campo obrigatório.' },
      { path: 'body.hours.0.start', rule: 'invalid_time', message: 'Use o formato HH:MM.' },
    ]);
    expect(configFieldErrors(t, err)).toEqual({
      durationHours: 't:config.validation.durationHours',
      name: 't:fieldErrors.rules.required',
      hours: 't:config.validation.hours',
    });
  });

  it('puts a coded error on its field, untouched by the field rules', () => {
    const err = new ApiError(409, 'HOLIDAY_DATE_TAKEN', 'x');
    const errors = configFieldErrors(t, err, { HOLIDAY_DATE_TAKEN: 'date' });
    expect(errors).toEqual({ date: 't:errors.HOLIDAY_DATE_TAKEN' });
    expect(shownOnField(errors)).toBe(true);
  });

  it('names the field of CALENDAR_INVALID from its `fields`', () => {
    const err = new ApiError(400, 'CALENDAR_INVALID', 'x', [
      { path: 'body.timeZone', rule: 'invalid_time_zone', message: 'Escolha um fuso horário válido.' },
    ]);
    expect(configFieldErrors(t, err)).toEqual({ timeZone: 't:config.validation.timeZone' });
  });

  it('leaves errors of no field to the form alert', () => {
    const errors = configFieldErrors(t, new ApiError(403, 'FORBIDDEN', 'x'));
    expect(errors).toEqual({});
    expect(shownOnField(errors)).toBe(false);
  });
});
