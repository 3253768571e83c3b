// SPEC PAN-04: the company's business calendar — working hours per weekday, in its time zone, minus
// Brazilian national holidays (when enabled) and its own configured holidays.
import { brazilianNationalHolidays } from './holidays.js';
import { addLocalDays, assertTimeZone, formatLocalDate, localDateOf, localTimeToUtc, parseLocalDate, weekdayOf } from './zoned-time.js';

/** 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * One working span of a weekday, local wall time `HH:MM`; `end` may be `24:00`. A weekday may have
 * several spans (08:00–12:00 and 13:00–18:00). A night shift crossing midnight is written as two
 * spans, one on each weekday.
 */
export type WorkingSpan = { weekday: Weekday; start: string; end: string };

/**
 * Treat a calendar as an immutable value: its validated form is cached per object, so a changed
 * calendar must be a new object.
 */
export type BusinessCalendar = {
  /** IANA zone, e.g. America/Sao_Paulo. */
  timeZone: string;
  hours: WorkingSpan[];
  /** The organization's own holidays, local dates `YYYY-MM-DD`. */
  holidays: string[];
  /** Whether Brazilian national holidays are non-working days. */
  nationalHolidays: boolean;
};

export const DEFAULT_SLA_TIME_ZONE = 'America/Sao_Paulo';

/** Monday to Friday 08:00–18:00 in São Paulo, national holidays off. */
export function defaultCalendar(): BusinessCalendar {
  const weekdays: Weekday[] = [1, 2, 3, 4, 5];
  return {
    timeZone: DEFAULT_SLA_TIME_ZONE,
    hours: weekdays.map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
    holidays: [],
    nationalHolidays: true,
  };
}

type CompiledCalendar = {
  timeZone: string;
  /** Per weekday: [start, end) minutes after local midnight, sorted, overlaps merged. */
  spans: Array<Array<[number, number]>>;
  orgHolidays: ReadonlySet<string>;
  nationalHolidays: boolean;
};

const compiledCalendars = new WeakMap<BusinessCalendar, CompiledCalendar>();
// National holidays are facts of the year, shared by every calendar.
const nationalByYear = new Map<number, ReadonlySet<string>>();

function nationalHolidaySet(year: number): ReadonlySet<string> {
  let set = nationalByYear.get(year);
  if (!set) {
    set = new Set(brazilianNationalHolidays(year).map((h) => h.date));
    nationalByYear.set(year, set);
  }
  return set;
}

const CLOCK = /^(\d{2}):(\d{2})$/;

function clockMinutes(value: string, where: string): number {
  const m = CLOCK.exec(value);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || !(minutes <= 1440)) throw new RangeError(`${where}: expected HH:MM from 00:00 to 24:00, got "${value}"`);
  return minutes;
}

/** Validates once per calendar object; RangeError with the offending field otherwise. */
function compile(cal: BusinessCalendar): CompiledCalendar {
  const cached = compiledCalendars.get(cal);
  if (cached) return cached;
  assertTimeZone(cal.timeZone);
  const spans: Array<Array<[number, number]>> = [[], [], [], [], [], [], []];
  cal.hours.forEach((span, index) => {
    const where = `hours[${index}]`;
    const day = spans[span.weekday];
    if (!Number.isInteger(span.weekday) || !day) throw new RangeError(`${where}: weekday must be 0 (Sunday) to 6, got ${span.weekday}`);
    const start = clockMinutes(span.start, where);
    const end = clockMinutes(span.end, where);
    if (start >= end) throw new RangeError(`${where}: start ${span.start} must come before end ${span.end}`);
    day.push([start, end]);
  });
  for (const [weekday, day] of spans.entries()) spans[weekday] = mergeSpans(day);
  for (const date of cal.holidays) {
    if (!parseLocalDate(date)) throw new RangeError(`holidays: expected a YYYY-MM-DD date, got "${date}"`);
  }
  const compiled = { timeZone: cal.timeZone, spans, orgHolidays: new Set(cal.holidays), nationalHolidays: cal.nationalHolidays };
  compiledCalendars.set(cal, compiled);
  return compiled;
}

function mergeSpans(day: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of [...day].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function holidayIn(c: CompiledCalendar, localDate: string): boolean {
  if (c.orgHolidays.has(localDate)) return true;
  return c.nationalHolidays && nationalHolidaySet(Number(localDate.slice(0, 4))).has(localDate);
}

/** Whether `localDate` (`YYYY-MM-DD`) is a national (when enabled) or organization holiday. */
export function isHoliday(cal: BusinessCalendar, localDate: string): boolean {
  if (!parseLocalDate(localDate)) throw new RangeError(`expected a YYYY-MM-DD date, got "${localDate}"`);
  return holidayIn(compile(cal), localDate);
}

/** Whether `localDate` has working hours and is not a holiday. */
export function isWorkingDay(cal: BusinessCalendar, localDate: string): boolean {
  const date = parseLocalDate(localDate);
  if (!date) throw new RangeError(`expected a YYYY-MM-DD date, got "${localDate}"`);
  const c = compile(cal);
  return (c.spans[weekdayOf(date)]?.length ?? 0) > 0 && !holidayIn(c, localDate);
}

/** Whether any weekday has working hours; without them business time never advances. */
export function hasWorkingHours(cal: BusinessCalendar): boolean {
  return compile(cal).spans.some((day) => day.length > 0);
}

/**
 * The working intervals inside the UTC range [fromMs, toMs), as epoch-ms [start, end) pairs clipped
 * to the range, in order. Walks local days in the calendar's zone, so each day's offset is its own.
 */
export function* workingIntervals(cal: BusinessCalendar, fromMs: number, toMs: number): Generator<[number, number]> {
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) throw new RangeError('workingIntervals needs a finite UTC range');
  const c = compile(cal);
  if (toMs <= fromMs) return;
  for (let date = localDateOf(fromMs, c.timeZone); ; date = addLocalDays(date, 1)) {
    if (localTimeToUtc(date, 0, c.timeZone) >= toMs) return;
    const day = c.spans[weekdayOf(date)] ?? [];
    if (day.length === 0 || holidayIn(c, formatLocalDate(date))) continue;
    for (const [startMinute, endMinute] of day) {
      const start = Math.max(localTimeToUtc(date, startMinute, c.timeZone), fromMs);
      const end = Math.min(localTimeToUtc(date, endMinute, c.timeZone), toMs);
      if (start < end) yield [start, end];
    }
  }
}
