import { describe, expect, it } from 'vitest';
import { localDayStart, panelPeriods } from './periods.js';

// SPEC PAN-07: "hoje", "semana" and "30 dias" start at local midnight in São Paulo (UTC−3), not UTC.
describe('panel periods', () => {
  it('counts days in São Paulo: 23:30 local on the 9th is still the 9th', () => {
    const now = new Date('2026-03-10T02:30:00Z'); // 2026-03-09 23:30 in São Paulo
    expect(localDayStart(now, 0).toISOString()).toBe('2026-03-09T03:00:00.000Z');
    const p = panelPeriods(now);
    expect(p.week.toISOString()).toBe('2026-03-03T03:00:00.000Z'); // today and the 6 days before
    expect(p.d15.toISOString()).toBe('2026-02-23T03:00:00.000Z');
    expect(p.d30.toISOString()).toBe('2026-02-08T03:00:00.000Z');
    expect(p.h24.toISOString()).toBe('2026-03-09T02:30:00.000Z');
  });

  it('crosses month and year boundaries', () => {
    expect(localDayStart(new Date('2026-01-01T12:00:00Z'), 1).toISOString()).toBe('2025-12-31T03:00:00.000Z');
  });
});
