// SPEC PAN-04: SLA arithmetic in business time (the calendar's working intervals only) and in
// plain calendar time. Pure: every instant comes from the caller, never from the clock.
import { hasWorkingHours, isWorkingDay, workingIntervals, type BusinessCalendar } from './calendar.js';
import { addLocalDays, formatLocalDate, localDateOf, localMinuteOfDay, localTimeToUtc } from './zoned-time.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** A calendar with no working instant for this long is treated as broken, not searched further. */
const SEARCH_WINDOW_DAYS = 3 * 366;
const SEARCH_WINDOW_MS = SEARCH_WINDOW_DAYS * DAY_MS;
/** Hard stop for absurd amounts, so a call always ends. */
const SEARCH_HORIZON_MS = 100 * 366 * DAY_MS;

function instant(date: Date, what: string): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`${what} is an invalid Date`);
  return ms;
}

function assertAmount(amount: number, what: string): void {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`${what} must be a finite number ≥ 0, got ${amount}`);
}

function assertWorkingHours(cal: BusinessCalendar): void {
  if (!hasWorkingHours(cal)) throw new RangeError('business calendar has no working hours on any weekday: business time can never advance');
}

/** Working minutes of `cal` in [from, to); 0 when `to` is not after `from`. */
export function businessMinutesBetween(cal: BusinessCalendar, from: Date, to: Date): number {
  let ms = 0;
  for (const [start, end] of workingIntervals(cal, instant(from, 'from'), instant(to, 'to'))) ms += end - start;
  return ms / MINUTE_MS;
}

/**
 * The instant `minutes` working minutes after `start`. Outside working hours, counting starts at the
 * next working instant; an amount that exactly fills an interval ends at that interval's end (Friday
 * 18:00, not Monday 08:00). Zero minutes returns `start` unchanged. RangeError when the calendar has
 * no working hours or no working time within 3 years.
 */
export function addBusinessMinutes(cal: BusinessCalendar, start: Date, minutes: number): Date {
  const origin = instant(start, 'start');
  assertAmount(minutes, 'minutes');
  assertWorkingHours(cal);
  let remaining = Math.round(minutes * MINUTE_MS);
  if (remaining === 0) return new Date(origin);
  for (let cursor = origin; cursor - origin < SEARCH_HORIZON_MS; cursor += SEARCH_WINDOW_MS) {
    let found = false;
    for (const [from, to] of workingIntervals(cal, cursor, cursor + SEARCH_WINDOW_MS)) {
      found = true;
      if (remaining <= to - from) return new Date(from + remaining);
      remaining -= to - from;
    }
    if (!found) throw new RangeError(`business calendar has no working time in the 3 years after ${new Date(cursor).toISOString()}`);
  }
  throw new RangeError(`${minutes} business minutes reach past the 100-year search horizon`);
}

/**
 * The same local clock time as `start`, `days` working days later (SPEC PAN-04 "Incrementar SLA" in
 * days): non-working days (no hours, or a holiday) are skipped and not counted. Friday 15:00 + 1 →
 * Monday 15:00. The result is a wall time, so it may fall outside that day's hours (a shorter day);
 * business-time arithmetic then treats it like the end of the day's last working interval.
 */
export function addBusinessDays(cal: BusinessCalendar, start: Date, days: number): Date {
  const origin = instant(start, 'start');
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  assertWorkingHours(cal);
  if (days === 0) return new Date(origin);
  const clock = localMinuteOfDay(origin, cal.timeZone);
  let date = localDateOf(origin, cal.timeZone);
  for (let counted = 0, idle = 0; counted < days;) {
    date = addLocalDays(date, 1);
    if (isWorkingDay(cal, formatLocalDate(date))) {
      counted += 1;
      idle = 0;
    } else if (++idle > SEARCH_WINDOW_DAYS) {
      throw new RangeError(`business calendar has no working day in the 3 years after ${formatLocalDate(date)}`);
    }
  }
  return new Date(localTimeToUtc(date, clock, cal.timeZone));
}

/** Plain elapsed time: `start` + `minutes` (may be negative). */
export function addCalendarMinutes(start: Date, minutes: number): Date {
  const origin = instant(start, 'start');
  if (!Number.isFinite(minutes)) throw new RangeError(`minutes must be finite, got ${minutes}`);
  return new Date(origin + Math.round(minutes * MINUTE_MS));
}

/** Elapsed minutes in [from, to); 0 when `to` is not after `from`. */
export function calendarMinutesBetween(from: Date, to: Date): number {
  return Math.max(0, instant(to, 'to') - instant(from, 'from')) / MINUTE_MS;
}
