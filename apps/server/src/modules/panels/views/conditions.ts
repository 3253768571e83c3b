import { sql, type SQL } from 'drizzle-orm';
import type { ViewCtx } from './view-sql.js';

// Building blocks of the views' WHERE clauses (SPEC PAN-07), on attendances `a`.
export const isOpen = sql.raw("a.status <> 'finished'");
export const isFinished = sql.raw("a.status = 'finished'");
export const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Open with a counting SLA already past due ("SLA atrasado"; a paused SLA is never late). */
export const openSlaLate = (c: ViewCtx) => sql`(${isOpen} and a.sla_paused_at is null and a.sla_due_at < ${c.nowSql})`;
/** Finished after its due time. */
export const finishedLate = sql.raw("(a.status = 'finished' and a.finished_at > a.sla_due_at)");
// Both branches imply due < now (a finished one closed before now), stated once so the due-time
// index scan is bounded on both sides.
export const slaLate = (c: ViewCtx) => sql`(a.sla_due_at < ${c.nowSql} and (${openSlaLate(c)} or ${finishedLate}))`;
/** Open, in a subprocess (the open run is mirrored on the attendance) past its "Fim Previsto". */
export const subprocessLate = (c: ViewCtx) => sql`(${isOpen} and a.subprocess_id is not null and a.subprocess_due_at < ${c.nowSql})`;
export const since = (column: string, from: Date) => sql`${sql.raw(column)} >= ${at(from)}`;
export const hasAddress = sql.raw(
  "(coalesce(a.address_city, '') <> '' or coalesce(a.address_street, '') <> '' or coalesce(a.address_district, '') <> '')",
);
export const hasServiceOrder = sql.raw("a.service_order_status <> 'none'");
export const and = (...parts: SQL[]) => sql.join(parts, sql.raw(' and '));
