import type { PanelColumnKey } from '@atende/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { JoinKey } from './joins.js';

// SPEC PAN-01: where each grid column comes from. `sort` is also what filters compare against
// (the sort column is always taken from this whitelist, never from the request); `select` lists
// the fields the row mapper reads for it. Columns computed in JS (SLA state, remaining hours,
// hours late) sort and filter on the SQL approximation noted beside them.
export type QueryCtx = { now: Date; remainingOf: 'sla' | 'subprocess' };

export type ColumnSql = {
  joins: JoinKey[];
  select: Record<string, SQL>;
  sort: (ctx: QueryCtx) => SQL;
};

const raw = (s: string) => sql.raw(s);
const plain = (expr: string, joins: JoinKey[] = []): ColumnSql => ({ joins, select: { [expr]: raw(expr) }, sort: () => raw(expr) });
const name = (alias: JoinKey) => plain(`${alias}.name`, [alias]);
const nowOf = (ctx: QueryCtx) => sql`${ctx.now.toISOString()}::timestamptz`;

/** SLA state in SQL: paused, none (no policy), finished late/on time, open late/on time. */
export const slaStateSql = (ctx: QueryCtx) =>
  sql`(case when a.sla_paused_at is not null then 'paused' when a.sla_due_at is null then 'none'
    when a.status = 'finished' then (case when a.finished_at > a.sla_due_at then 'late' else 'on_time' end)
    when a.sla_due_at < ${nowOf(ctx)} then 'late' else 'on_time' end)`;

/** Wall-clock hours past the due time (the grid shows business hours computed in JS). */
export const hoursLateSql = (ctx: QueryCtx) => sql`(extract(epoch from (coalesce(a.finished_at, ${nowOf(ctx)}) - a.sla_due_at)) / 3600)`;

/** The attendance's first service order still in place. */
const SERVICE_ORDER_CODE = '(select min(so.code) from service_orders so where so.attendance_id = a.id and so.removed_at is null)';

export const columnSql: Record<PanelColumnKey, ColumnSql> = {
  code: plain('a.code'),
  nameDocument: {
    joins: ['p'],
    select: { 'p.name': raw('p.name'), 'p.document': raw('p.document'), contact_name: raw("a.contact->>'name'") },
    sort: () => raw("coalesce(p.name, a.contact->>'name')"),
  },
  protocol: plain('a.protocol'),
  createdAt: plain('a.created_at'),
  assigneeName: name('ua'),
  processName: name('pr'),
  subprocessName: name('sp'),
  openingClassificationName: name('clo'),
  closingClassificationName: name('clc'),
  companyName: name('co'),
  contactOriginName: name('og'),
  teamName: name('tm'),
  openedByName: name('uo'),
  finishedByName: name('uf'),
  slaState: { joins: [], select: {}, sort: slaStateSql },
  slaDueAt: plain('a.sla_due_at'),
  remainingHours: {
    joins: [],
    select: {},
    sort: (ctx) => (ctx.remainingOf === 'subprocess' ? raw('a.subprocess_due_at') : raw('a.sla_due_at')),
  },
  serviceOrderStatus: plain('a.service_order_status'),
  serviceOrderCode: { joins: [], select: { so_code: raw(SERVICE_ORDER_CODE) }, sort: () => raw(SERVICE_ORDER_CODE) },
  city: plain('a.address_city'),
  district: plain('a.address_district'),
  street: plain('a.address_street'),
  condo: plain('a.address_condo'),
  finishedAt: plain('a.finished_at'),
  subprocessStartedAt: plain('a.subprocess_started_at'),
  subprocessDueAt: plain('a.subprocess_due_at'),
  subprocessState: {
    joins: [],
    select: {},
    sort: (ctx) => sql`(case when a.subprocess_due_at < ${nowOf(ctx)} then 'late' else 'on_time' end)`,
  },
  finished: { joins: [], select: {}, sort: () => raw("(a.status = 'finished')") },
  hoursLate: { joins: [], select: {}, sort: hoursLateSql },
  interaction: plain('e.type'),
  eventType: plain('e.type'),
  eventAt: plain('e.created_at'),
  actorName: name('ue'),
};

/** Fields every row reads, whatever its columns: identity and what the SLA computation needs. */
export const baseSelect: Record<string, SQL> = {
  id: raw('a.id'),
  'a.code': raw('a.code'),
  'a.status': raw('a.status'),
  'a.company_id': raw('a.company_id'),
  'a.sla_mode': raw('a.sla_mode'),
  'a.sla_due_at': raw('a.sla_due_at'),
  'a.sla_paused_at': raw('a.sla_paused_at'),
  'a.finished_at': raw('a.finished_at'),
  'a.subprocess_due_at': raw('a.subprocess_due_at'),
};
