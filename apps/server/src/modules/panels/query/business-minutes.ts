import { businessMinutesBetween, type BusinessCalendar } from '@atende/shared';
import { localDayStart } from './periods.js';

// SPEC PAN-04 "Restantes (hrs)" for a page of rows: an attendance late by weeks makes the shared
// calculator walk every day since its due time (time-zone conversions each), for each row.
// Working time is additive ([a, b) + [b, c)), so per calendar the local midnights of the range are
// listed once with prefix sums of each day's working minutes; a row then costs two partial-day
// calls and a binary search.
type Days = { midnights: number[]; prefix: number[]; dayMinutes: Map<number, number> };
const memo = new WeakMap<BusinessCalendar, Days>();

function ensure(cal: BusinessCalendar, from: number, to: number): Days {
  let d = memo.get(cal);
  if (!d) memo.set(cal, (d = { midnights: [], prefix: [0], dayMinutes: new Map() }));
  const m = d.midnights;
  const before = m.length;
  if (!m.length) m.push(localDayStart(new Date(from), 0, cal.timeZone).getTime());
  while (m[0]! > from) m.unshift(localDayStart(new Date(m[0]!), 1, cal.timeZone).getTime());
  while (m[m.length - 1]! <= to) m.push(localDayStart(new Date(m[m.length - 1]!), -1, cal.timeZone).getTime());
  if (m.length !== before) {
    d.prefix = [0];
    for (let k = 0; k + 1 < m.length; k++) {
      let minutes = d.dayMinutes.get(m[k]!);
      if (minutes === undefined) d.dayMinutes.set(m[k]!, (minutes = businessMinutesBetween(cal, new Date(m[k]!), new Date(m[k + 1]!))));
      d.prefix.push(d.prefix[k]! + minutes);
    }
  }
  return d;
}

/** First index whose midnight is > t. */
function firstAfter(m: number[], t: number): number {
  let lo = 0;
  let hi = m.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m[mid]! > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Same result as businessMinutesBetween(cal, from, to). */
export function businessMinutesFast(cal: BusinessCalendar, from: Date, to: Date): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  if (b - a < 2 * 86_400_000) return businessMinutesBetween(cal, from, to);
  const { midnights: m, prefix } = ensure(cal, a, b);
  const i = firstAfter(m, a); // first midnight after `from`
  const j = firstAfter(m, b) - 1; // last midnight at or before `to`
  if (i > j) return businessMinutesBetween(cal, from, to);
  return businessMinutesBetween(cal, from, new Date(m[i]!)) + (prefix[j]! - prefix[i]!) + businessMinutesBetween(cal, new Date(m[j]!), to);
}
