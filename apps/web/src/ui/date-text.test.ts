import { describe, expect, it } from 'vitest';
import { parseDayText } from './date-text';

describe('typed dates', () => {
  it('reads DD/MM/YYYY as the ISO day', () => {
    expect(parseDayText('25/12/2026')).toBe('2026-12-25');
    expect(parseDayText(' 1/2/2027 ')).toBe('2027-02-01');
    expect(parseDayText('2026-12-25')).toBe('2026-12-25');
  });
  it('refuses impossible or unfinished days', () => {
    expect(parseDayText('31/02/2026')).toBeNull();
    expect(parseDayText('12/25/2026')).toBeNull();
    expect(parseDayText('25/12/202')).toBeNull();
    expect(parseDayText('')).toBeNull();
  });
});
