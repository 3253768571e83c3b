import { describe, expect, it } from 'vitest';
import { dayBound, formatDateTime, formatDay, formatHours } from './format';

describe('panel formats (PAN-01, PAN-05)', () => {
  it('writes dates as DD/MM/AAAA HH:MM:SS in pt-BR, in local time', () => {
    const iso = new Date(2026, 2, 5, 9, 7, 3).toISOString();
    expect(formatDateTime(iso, 'pt-BR')).toBe('05/03/2026 09:07:03');
    expect(formatDateTime(null, 'pt-BR')).toBe('');
    expect(formatDateTime('not a date', 'pt-BR')).toBe('');
  });

  it('writes hours with one decimal in the locale', () => {
    expect(formatHours(-3.25, 'pt-BR')).toBe('-3,3');
    expect(formatHours(null, 'en')).toBe('');
  });

  it('bounds a local day', () => {
    expect(dayBound('2026-03-05', true)).toBe(new Date(2026, 2, 5, 23, 59, 59, 999).toISOString());
  });

  it('writes a form date (ATT-12) as the day typed, never shifted by the time zone', () => {
    expect(formatDay('2026-12-01', 'pt-BR')).toBe('01/12/2026');
    expect(formatDay('2026-12-01', 'en')).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'short' }).format(new Date(2026, 11, 1)));
  });
});
