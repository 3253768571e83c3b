import type { WorkingSpan } from './api';

// SPEC PAN-04: a calendar's working hours, several periods per weekday (08:00–12:00, 13:00–18:00).

/** Monday first, as a Brazilian week is read; 0 = Sunday … 6 = Saturday. */
export const weekdayOrder = [1, 2, 3, 4, 5, 6, 0] as const;

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export type SpanProblem = 'time' | 'period';

/** What is wrong with a period, if anything: a malformed time, or a start not before its end. */
export function spanProblem(span: WorkingSpan): SpanProblem | null {
  const endOk = TIME.test(span.end) || span.end === '24:00';
  if (!TIME.test(span.start) || !endOk) return 'time';
  return span.start < span.end ? null : 'period';
}

/** Monday to Friday, 08:00–12:00 and 13:00–18:00: what a new calendar starts with. */
export function defaultHours(): WorkingSpan[] {
  return [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '08:00', end: '12:00' },
    { weekday, start: '13:00', end: '18:00' },
  ]);
}

/** Periods sorted by weekday and start, so the saved calendar reads the way it was shown. */
export function sortedHours(hours: WorkingSpan[]): WorkingSpan[] {
  return [...hours].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
}

export function workingDays(hours: WorkingSpan[]): number {
  return new Set(hours.map((h) => h.weekday)).size;
}
