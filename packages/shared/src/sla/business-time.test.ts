import { describe, expect, it } from 'vitest';
import { addBusinessDays, addBusinessMinutes, addCalendarMinutes, businessMinutesBetween, calendarMinutesBetween } from './business-time.js';
import { defaultCalendar, type BusinessCalendar } from './calendar.js';

/** A São Paulo wall time (UTC−3 since 2019) as a Date. */
const sp = (local: string) => new Date(`${local}-03:00`);
const cal = defaultCalendar();

describe('businessMinutesBetween', () => {
  it('counts only working time inside one day, and 0 for an empty or reversed range', () => {
    expect(businessMinutesBetween(cal, sp('2026-03-09T09:00'), sp('2026-03-09T10:30'))).toBe(90);
    expect(businessMinutesBetween(cal, sp('2026-03-09T06:00'), sp('2026-03-09T20:00'))).toBe(600);
    expect(businessMinutesBetween(cal, sp('2026-03-09T10:00'), sp('2026-03-09T10:00'))).toBe(0);
    expect(businessMinutesBetween(cal, sp('2026-03-09T12:00'), sp('2026-03-09T10:00'))).toBe(0);
  });

  it('skips a night', () => {
    expect(businessMinutesBetween(cal, sp('2026-03-09T17:00'), sp('2026-03-10T09:00'))).toBe(120);
  });

  it('skips a weekend', () => {
    expect(businessMinutesBetween(cal, sp('2026-03-13T17:00'), sp('2026-03-16T09:00'))).toBe(120);
  });

  it('skips a national holiday (Tiradentes 2026 is a Tuesday) unless national holidays are off', () => {
    expect(businessMinutesBetween(cal, sp('2026-04-20T17:00'), sp('2026-04-22T09:00'))).toBe(120);
    expect(businessMinutesBetween({ ...cal, nationalHolidays: false }, sp('2026-04-20T17:00'), sp('2026-04-22T09:00'))).toBe(720);
  });

  it('skips an organization holiday', () => {
    const withOwn: BusinessCalendar = { ...cal, holidays: ['2026-03-10'] };
    expect(businessMinutesBetween(withOwn, sp('2026-03-09T17:00'), sp('2026-03-11T09:00'))).toBe(120);
  });

  it('skips a lunch break', () => {
    const lunch: BusinessCalendar = {
      ...cal,
      hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
        { weekday: weekday as 1, start: '08:00', end: '12:00' },
        { weekday: weekday as 1, start: '13:00', end: '18:00' },
      ]),
    };
    expect(businessMinutesBetween(lunch, sp('2026-03-09T11:00'), sp('2026-03-09T14:00'))).toBe(120);
    expect(businessMinutesBetween(lunch, sp('2026-03-09T00:00'), sp('2026-03-10T00:00'))).toBe(540);
  });

  it('counts every minute of a 24/7 calendar, holidays off', () => {
    const always: BusinessCalendar = {
      timeZone: 'America/Sao_Paulo',
      hours: ([0, 1, 2, 3, 4, 5, 6] as const).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
      holidays: [],
      nationalHolidays: false,
    };
    expect(businessMinutesBetween(always, sp('2026-04-18T05:17'), sp('2026-04-25T05:17'))).toBe(7 * 1440);
  });

  it('returns 0 for a calendar without hours instead of looping', () => {
    expect(businessMinutesBetween({ ...cal, hours: [] }, sp('2026-01-01T00:00'), sp('2027-01-01T00:00'))).toBe(0);
  });
});

describe('addBusinessMinutes', () => {
  it('carries Friday 17:30 + 60 min to Monday 08:30 in São Paulo (11:30Z)', () => {
    expect(addBusinessMinutes(cal, sp('2026-03-13T17:30'), 60).toISOString()).toBe('2026-03-16T11:30:00.000Z');
  });

  it('gives another UTC instant for the same wall times in Manaus (UTC−4)', () => {
    const manaus: BusinessCalendar = { ...cal, timeZone: 'America/Manaus' };
    const fridayFiveThirty = new Date('2026-03-13T17:30:00-04:00');
    expect(addBusinessMinutes(manaus, fridayFiveThirty, 60).toISOString()).toBe('2026-03-16T12:30:00.000Z');
  });

  it('starts counting at the next working instant when started outside hours', () => {
    expect(addBusinessMinutes(cal, sp('2026-03-09T06:00'), 30).toISOString()).toBe(sp('2026-03-09T08:30').toISOString());
    expect(addBusinessMinutes(cal, sp('2026-03-14T10:00'), 30).toISOString()).toBe(sp('2026-03-16T08:30').toISOString()); // Saturday
    // Inside Tiradentes (Tuesday) → Wednesday.
    expect(addBusinessMinutes(cal, sp('2026-04-21T10:00'), 60).toISOString()).toBe(sp('2026-04-22T09:00').toISOString());
  });

  it('skips Carnaval Monday and Tuesday', () => {
    expect(addBusinessMinutes(cal, sp('2026-02-13T17:00'), 120).toISOString()).toBe(sp('2026-02-18T09:00').toISOString());
  });

  it('ends at the close of the day when the amount fills it exactly, and is the inverse of businessMinutesBetween', () => {
    expect(addBusinessMinutes(cal, sp('2026-03-13T17:00'), 60).toISOString()).toBe(sp('2026-03-13T18:00').toISOString());
    const start = sp('2026-04-17T15:45');
    const due = addBusinessMinutes(cal, start, 2500);
    expect(businessMinutesBetween(cal, start, due)).toBe(2500);
    expect(addBusinessMinutes(cal, start, 0).toISOString()).toBe(start.toISOString());
  });

  it('uses the offset in force at the time (São Paulo’s last DST ended Sunday 2019-02-17)', () => {
    // Friday 17:30 at UTC−2 is 19:30Z; Monday 08:30 at UTC−3 is 11:30Z.
    expect(addBusinessMinutes(cal, new Date('2019-02-15T19:30:00Z'), 60).toISOString()).toBe('2019-02-18T11:30:00.000Z');
  });

  it('throws a RangeError for a calendar with no working hours, and for bad amounts', () => {
    expect(() => addBusinessMinutes({ ...cal, hours: [] }, sp('2026-03-09T09:00'), 60)).toThrow(/no working hours/);
    expect(() => addBusinessMinutes(cal, sp('2026-03-09T09:00'), -1)).toThrow(RangeError);
    expect(() => addBusinessMinutes(cal, sp('2026-03-09T09:00'), Number.NaN)).toThrow(RangeError);
    expect(() => addBusinessMinutes(cal, new Date(Number.NaN), 1)).toThrow(/invalid Date/);
  });

  it('gives up with a RangeError when no working day comes within 3 years', () => {
    // Working hours on Sundays only, every Sunday of the next years declared a holiday.
    const sundays: string[] = [];
    for (let t = Date.parse('2026-03-15T12:00:00Z'); t < Date.parse('2030-01-01T00:00:00Z'); t += 7 * 86_400_000) {
      sundays.push(new Date(t).toISOString().slice(0, 10));
    }
    const never: BusinessCalendar = { ...cal, hours: [{ weekday: 0, start: '08:00', end: '18:00' }], holidays: sundays };
    expect(() => addBusinessMinutes(never, sp('2026-03-09T09:00'), 60)).toThrow(/3 years/);
    expect(() => addBusinessDays(never, sp('2026-03-09T09:00'), 1)).toThrow(/3 years/);
  });
});

describe('addBusinessDays', () => {
  it('keeps the local clock time and skips weekends and holidays', () => {
    expect(addBusinessDays(cal, sp('2026-03-13T15:00'), 1).toISOString()).toBe(sp('2026-03-16T15:00').toISOString());
    expect(addBusinessDays(cal, sp('2026-04-20T15:00'), 1).toISOString()).toBe(sp('2026-04-22T15:00').toISOString());
    expect(addBusinessDays(cal, sp('2026-03-09T10:00'), 5).toISOString()).toBe(sp('2026-03-16T10:00').toISOString());
    expect(() => addBusinessDays(cal, sp('2026-03-09T10:00'), 1.5)).toThrow(RangeError);
  });
});

describe('calendar time', () => {
  it('ignores hours and holidays', () => {
    expect(addCalendarMinutes(sp('2026-04-20T17:00'), 1440).toISOString()).toBe(sp('2026-04-21T17:00').toISOString());
    expect(calendarMinutesBetween(sp('2026-04-20T17:00'), sp('2026-04-22T09:00'))).toBe(40 * 60);
    expect(calendarMinutesBetween(sp('2026-04-22T09:00'), sp('2026-04-20T17:00'))).toBe(0);
  });
});
