import { describe, expect, it } from 'vitest';
import { dayLabel, dayOf } from './time-format';

describe('dayLabel', () => {
  const now = new Date(2026, 2, 12, 15, 0);
  it('names today and yesterday, and writes out older days', () => {
    expect(dayLabel(new Date(2026, 2, 12, 0, 5).toISOString(), 'pt-BR', now)).toBe('today');
    expect(dayLabel(new Date(2026, 2, 11, 23, 59).toISOString(), 'pt-BR', now)).toBe('yesterday');
    expect(dayLabel(new Date(2026, 2, 1, 9, 0).toISOString(), 'pt-BR', now)).toBe('1 de março de 2026');
    expect(dayLabel(new Date(2026, 2, 1, 9, 0).toISOString(), 'en', now)).toBe('March 1, 2026');
  });

  it('groups by local day', () => {
    expect(dayOf(new Date(2026, 2, 12, 0, 1).toISOString())).toBe(dayOf(new Date(2026, 2, 12, 23, 59).toISOString()));
  });
});
