import type { AttendanceSummary } from '@atende/shared';

// SPEC ATT-09: how long a finished attendance took, short enough for a table cell. The units
// (s, min, h, d) read the same in Portuguese and English.

const pad = (n: number) => String(n).padStart(2, '0');

/** "45 s", "3 min 05 s", "1 h 05 min", "2 d 03 h". */
export function formatSpan(ms: number): string {
  const s = Math.floor(Math.max(0, Number.isFinite(ms) ? ms : 0) / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${pad(s % 60)} s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} h ${pad(m % 60)} min`;
  return `${Math.floor(h / 24)} d ${pad(h % 24)} h`;
}

/** From entering the queue (or being started by hand) to being finished; null while it is open. */
export function attendanceDurationMs(a: Pick<AttendanceSummary, 'enqueuedAt' | 'finishedAt'>): number | null {
  if (!a.finishedAt) return null;
  const ms = Date.parse(a.finishedAt) - Date.parse(a.enqueuedAt);
  return Number.isFinite(ms) ? Math.max(0, ms) : null;
}
