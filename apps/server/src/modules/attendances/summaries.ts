import type { AttendanceSummary } from '@atende/shared';
import type { Scope } from '../../platform/db/tenant.js';
import { personNamesByIds } from '../persons/index.js';
import type { AttendanceRow } from './attendances.repository.js';
import { toSummary } from './mappers.js';

// Every summary carries its linked person's name (ATT-09, PER-04): one batched lookup per list,
// never a query per row.

/** Summaries of many attendances; `ratings[i]` belongs to `rows[i]`. */
export async function summariesOf(s: Scope, rows: AttendanceRow[], ratings: (number | null)[] = []): Promise<AttendanceSummary[]> {
  const names = await personNamesByIds(
    s,
    rows.flatMap((a) => (a.personId ? [a.personId] : [])),
  );
  return rows.map((a, i) => toSummary(a, a.personId ? (names.get(a.personId) ?? null) : null, ratings[i] ?? null));
}

/** The summary of one attendance. */
export async function summaryOf(s: Scope, a: AttendanceRow, rating: number | null = null): Promise<AttendanceSummary> {
  const [summary] = await summariesOf(s, [a], [rating]);
  return summary!;
}
