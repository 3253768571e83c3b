// SPEC PAN-04: business calendars are kept in the organization's IANA time zone. Conversions go
// through Intl.DateTimeFormat only and never assume a fixed offset: Brazil dropped DST in 2019, but
// older dates and other zones still change offset.

/** A civil (wall-calendar) date; month 1–12. */
export type LocalDate = { year: number; month: number; day: number };

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

// Building a DateTimeFormat costs far more than using one, and the calendar walk calls it per day.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (_error) {
      throw new RangeError(`unknown time zone "${timeZone}": expected an IANA name such as America/Sao_Paulo`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The wall clock in `timeZone` at instant `ms`, written as if it were a UTC epoch value. */
function wallClockMs(ms: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = fields;
  const subSecond = ((ms % 1000) + 1000) % 1000;
  return civilMs({ year, month, day }) + ((hour * 60 + minute) * 60 + second) * 1000 + subSecond;
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds (São Paulo today: −3 h). */
function offsetMs(ms: number, timeZone: string): number {
  return wallClockMs(ms, timeZone) - ms;
}

/** Midnight of a civil date on the proleptic UTC axis; days past the month's end roll over. */
function civilMs(date: LocalDate): number {
  // Not Date.UTC: it maps years 0–99 to 1900–1999.
  return new Date(0).setUTCFullYear(date.year, date.month - 1, date.day);
}

function civilDate(ms: number): LocalDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The local date in `timeZone` at `instant` (epoch ms or Date). */
export function localDateOf(instant: number | Date, timeZone: string): LocalDate {
  return civilDate(wallClockMs(Number(instant), timeZone));
}

/** Minutes since local midnight in `timeZone` at `instant` (fractional when seconds are present). */
export function localMinuteOfDay(instant: number | Date, timeZone: string): number {
  const wall = wallClockMs(Number(instant), timeZone);
  return (wall - civilMs(civilDate(wall))) / MINUTE_MS;
}

/**
 * The UTC instant (epoch ms) of a local wall time: `minutes` after midnight of `date` in `timeZone`
 * (1440 = the next midnight). Like Temporal's "compatible" disambiguation, a wall time skipped by a
 * DST jump moves forward by the gap and a repeated one resolves to its first occurrence.
 */
export function localTimeToUtc(date: LocalDate, minutes: number, timeZone: string): number {
  const wall = civilMs(date) + Math.round(minutes * MINUTE_MS);
  // Offsets a day either side bracket any transition near this wall time (at most one a day).
  const before = offsetMs(wall - DAY_MS, timeZone);
  const after = offsetMs(wall + DAY_MS, timeZone);
  if (before === after) {
    const guess = wall - before;
    const actual = offsetMs(guess, timeZone);
    return actual === before ? guess : wall - actual;
  }
  const candidates = [wall - before, wall - after].filter((t) => wallClockMs(t, timeZone) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  return Math.max(wall - before, wall - after); // inside a gap: shift forward
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return civilDate(civilMs(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekdayOf(date: LocalDate): number {
  return new Date(civilMs(date)).getUTCDay();
}

/** `YYYY-MM-DD`. */
export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; null when malformed or not a real date (2026-02-30). */
export function parseLocalDate(input: string): LocalDate | null {
  const m = ISO_DATE.exec(input);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return formatLocalDate(civilDate(civilMs(date))) === input ? date : null;
}
