import { businessMinutesBetween, defaultCalendar } from '@atende/shared';
import { describe, expect, it } from 'vitest';
import { businessMinutesFast } from './business-minutes.js';

// The memoised day sums must equal the shared calculator exactly (holidays, weekends, partial days).
describe('businessMinutesFast', () => {
  const cal = { ...defaultCalendar(), holidays: ['2026-03-04'] };
  it('matches businessMinutesBetween across weekends, holidays and partial days', () => {
    const pairs = [
      ['2026-03-02T14:37:00Z', '2026-03-02T19:00:00Z'],
      ['2026-02-10T10:15:00Z', '2026-03-20T16:45:00Z'],
      ['2025-12-20T03:00:00Z', '2026-01-05T12:00:00Z'], // Christmas and New Year
      ['2026-03-06T20:59:00Z', '2026-03-09T11:01:00Z'], // over a weekend
      ['2026-03-09T11:00:00Z', '2026-03-09T10:00:00Z'], // reversed: 0
    ];
    for (const [a, b] of pairs) {
      const from = new Date(a!);
      const to = new Date(b!);
      expect(businessMinutesFast(cal, from, to), `${a} → ${b}`).toBe(businessMinutesBetween(cal, from, to));
    }
  });
});
