import { describe, expect, it } from 'vitest';
import { localDateOf, localMinuteOfDay, localTimeToUtc, parseLocalDate } from './zoned-time.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zoned time (Intl only, no fixed offsets)', () => {
  it('reads the local date and clock of an instant', () => {
    // 02:30Z is still the previous evening in São Paulo (UTC−3).
    expect(localDateOf(new Date('2026-03-10T02:30:00Z'), 'America/Sao_Paulo')).toEqual({ year: 2026, month: 3, day: 9 });
    expect(localMinuteOfDay(new Date('2026-03-10T02:30:00Z'), 'America/Sao_Paulo')).toBe(23 * 60 + 30);
  });

  it('converts local wall time using the offset in force on that date', () => {
    expect(iso(localTimeToUtc({ year: 2026, month: 3, day: 9 }, 8 * 60, 'America/Sao_Paulo'))).toBe('2026-03-09T11:00:00.000Z');
    // São Paulo still had DST (UTC−2) in November 2018.
    expect(iso(localTimeToUtc({ year: 2018, month: 11, day: 5 }, 8 * 60, 'America/Sao_Paulo'))).toBe('2018-11-05T10:00:00.000Z');
    expect(iso(localTimeToUtc({ year: 2026, month: 3, day: 9 }, 1440, 'America/Sao_Paulo'))).toBe('2026-03-10T03:00:00.000Z');
  });

  it('moves a wall time skipped by DST forward and takes the first of a repeated one', () => {
    // New York 2026-03-08 02:30 does not exist → 03:30 EDT; 2026-11-01 01:30 happens twice → EDT one.
    expect(iso(localTimeToUtc({ year: 2026, month: 3, day: 8 }, 150, 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    expect(iso(localTimeToUtc({ year: 2026, month: 11, day: 1 }, 90, 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    // Berlin (east of UTC) 2026-10-25 02:30 happens twice → CEST one.
    expect(iso(localTimeToUtc({ year: 2026, month: 10, day: 25 }, 150, 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseLocalDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    for (const bad of ['2026-02-30', '2026-2-28', '28/02/2026', '']) expect(parseLocalDate(bad), bad).toBeNull();
  });
});
