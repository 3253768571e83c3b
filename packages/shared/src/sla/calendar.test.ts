import { describe, expect, it } from 'vitest';
import { defaultCalendar, hasWorkingHours, isHoliday, isWorkingDay, workingIntervals, type BusinessCalendar } from './calendar.js';

/** A São Paulo wall time (UTC−3 since 2019) as a Date. */
const sp = (local: string) => new Date(`${local}-03:00`);
const iso = (pairs: Iterable<[number, number]>) => [...pairs].map(([a, b]) => [new Date(a).toISOString(), new Date(b).toISOString()]);

describe('business calendar', () => {
  it('defaults to Monday–Friday 08:00–18:00 in São Paulo with national holidays', () => {
    const cal = defaultCalendar();
    expect(cal.timeZone).toBe('America/Sao_Paulo');
    expect(cal.nationalHolidays).toBe(true);
    expect(cal.hours.map((h) => h.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(isWorkingDay(cal, '2026-03-09')).toBe(true); // Monday
    expect(isWorkingDay(cal, '2026-03-14')).toBe(false); // Saturday
    expect(defaultCalendar()).not.toBe(cal); // a fresh value each time
  });

  it('recognises national holidays only when enabled, and the organization’s own always', () => {
    const cal: BusinessCalendar = { ...defaultCalendar(), holidays: ['2026-03-10'] };
    expect(isHoliday(cal, '2026-04-21')).toBe(true); // Tiradentes
    expect(isHoliday(cal, '2026-02-16')).toBe(true); // Carnaval
    expect(isHoliday(cal, '2026-03-10')).toBe(true);
    expect(isHoliday(cal, '2026-04-22')).toBe(false);
    const noNational = { ...cal, nationalHolidays: false };
    expect(isHoliday(noNational, '2026-04-21')).toBe(false);
    expect(isHoliday(noNational, '2026-03-10')).toBe(true);
    expect(isWorkingDay(cal, '2026-04-21')).toBe(false);
  });

  it('yields each working span as UTC pairs clipped to the range, skipping nights and lunch', () => {
    const cal: BusinessCalendar = {
      ...defaultCalendar(),
      hours: [
        { weekday: 1, start: '13:00', end: '18:00' },
        { weekday: 1, start: '08:00', end: '12:00' },
        { weekday: 2, start: '08:00', end: '12:00' },
      ],
    };
    const pairs = workingIntervals(cal, sp('2026-03-09T10:00').getTime(), sp('2026-03-10T09:00').getTime());
    expect(iso(pairs)).toEqual([
      ['2026-03-09T13:00:00.000Z', '2026-03-09T15:00:00.000Z'],
      ['2026-03-09T16:00:00.000Z', '2026-03-09T21:00:00.000Z'],
      ['2026-03-10T11:00:00.000Z', '2026-03-10T12:00:00.000Z'],
    ]);
  });

  it('merges overlapping spans and accepts 24:00 as end of day', () => {
    const cal: BusinessCalendar = {
      ...defaultCalendar(),
      hours: [
        { weekday: 1, start: '08:00', end: '14:00' },
        { weekday: 1, start: '12:00', end: '24:00' },
      ],
    };
    expect(iso(workingIntervals(cal, sp('2026-03-09T00:00').getTime(), sp('2026-03-11T00:00').getTime()))).toEqual([
      ['2026-03-09T11:00:00.000Z', '2026-03-10T03:00:00.000Z'],
    ]);
  });

  it('follows the offset of each day, not a fixed one (New York across the DST start)', () => {
    const cal: BusinessCalendar = { ...defaultCalendar(), timeZone: 'America/New_York', nationalHolidays: false };
    const pairs = iso(workingIntervals(cal, Date.parse('2026-03-06T00:00:00Z'), Date.parse('2026-03-10T00:00:00Z')));
    expect(pairs).toEqual([
      ['2026-03-06T13:00:00.000Z', '2026-03-06T23:00:00.000Z'], // Friday, EST (UTC−5)
      ['2026-03-09T12:00:00.000Z', '2026-03-09T22:00:00.000Z'], // Monday, EDT (UTC−4)
    ]);
  });

  it('rejects malformed calendars with a RangeError naming the field', () => {
    const base = defaultCalendar();
    expect(() => hasWorkingHours({ ...base, timeZone: 'Mars/Olympus' })).toThrow(/time zone/);
    expect(() => hasWorkingHours({ ...base, hours: [{ weekday: 1, start: '8:00', end: '18:00' }] })).toThrow(/hours\[0\]/);
    expect(() => hasWorkingHours({ ...base, hours: [{ weekday: 1, start: '18:00', end: '08:00' }] })).toThrow(RangeError);
    expect(() => hasWorkingHours({ ...base, hours: [{ weekday: 1, start: '08:00', end: '24:30' }] })).toThrow(RangeError);
    expect(() => hasWorkingHours({ ...base, hours: [{ weekday: 7 as 0, start: '08:00', end: '18:00' }] })).toThrow(/weekday/);
    expect(() => hasWorkingHours({ ...base, holidays: ['2026-02-30'] })).toThrow(/holidays/);
    expect(hasWorkingHours({ ...base, hours: [] })).toBe(false);
  });
});
