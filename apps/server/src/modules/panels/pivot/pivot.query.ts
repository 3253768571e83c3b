import { PIVOT_DEFAULT_DAYS, type PivotField, type PivotRequest, type PivotResult } from '@atende/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import { slaStateSql, type QueryCtx } from '../query/columns.sql.js';
import { rowsOf } from '../../../platform/db/rows.js';
import { joinsSql, type JoinKey } from '../query/joins.js';
import { PANEL_TIME_ZONE } from '../query/periods.js';
import { criterion } from '../query/advanced-search.js';

// SPEC PAN-09 "Gráfico Sintético" / "Informações sintéticas": one GROUP BY over whitelisted
// expressions, over attendances opened in the period (default: the last 180 days).
const local = `(a.created_at at time zone '${PANEL_TIME_ZONE}')`;
const MAX_KEYS = 2000;

// The inner GROUP BY works on cheap per-row values; names and period labels are looked up and
// formatted once per group, outside. Periods group on date_trunc, named things on their ids (joining
// users, origins… for each of ~200,000 rows, or to_char on each, doubled the pivot's time on the
// large benchmark). Two ids with the same name merge again below, where groups are keyed by label.
type Field = { expr: (ctx: QueryCtx) => SQL; joins: JoinKey[]; format?: string; names?: string };
const named = (column: string, table: string): Field => ({ expr: () => sql.raw(column), joins: [], names: table });
const fields: Record<PivotField, Field> = {
  day: { expr: () => sql.raw(`date_trunc('day', ${local})`), joins: [], format: 'YYYY-MM-DD' },
  week: { expr: () => sql.raw(`date_trunc('week', ${local})`), joins: [], format: 'IYYY-"W"IW' },
  month: { expr: () => sql.raw(`date_trunc('month', ${local})`), joins: [], format: 'YYYY-MM' },
  assigneeName: named('a.assignee_id', 'users'),
  openedByName: named('a.opened_by', 'users'),
  city: { expr: () => sql.raw('a.address_city'), joins: [] },
  contactOriginName: named('a.contact_origin_id', 'contact_origins'),
  processName: named('a.process_id', 'processes'),
  subprocessName: named('a.subprocess_id', 'subprocesses'),
  companyName: named('a.company_id', 'companies'),
  openingClassificationName: named('a.opening_classification_id', 'classifications'),
  closingClassificationName: named('a.closing_classification_id', 'classifications'),
  status: { expr: () => sql.raw('a.status'), joins: [] },
  slaState: { expr: slaStateSql, joins: [] },
  channelType: { expr: () => sql.raw('a.channel_type'), joins: [] },
};

/** The per-row input of a value (column x<i> of the inner query); null for a plain count. */
function valueInput(v: PivotRequest['values'][number], ctx: QueryCtx): SQL | null {
  const now = sql`${ctx.now.toISOString()}::timestamptz`;
  if (v.field === 'count') return null;
  return v.field === 'hoursLate'
    ? sql`greatest(0, date_part('epoch', coalesce(a.finished_at, ${now}) - a.sla_due_at) / 3600)`
    : sql`date_part('epoch', coalesce(a.finished_at, ${now}) - a.created_at) / 3600`;
}

function filterSql(organizationId: string, f: PivotRequest['filter']): { condition: SQL | null; joins: JoinKey[] } {
  if (!f || f.kind === 'period') return { condition: null, joins: [] };
  const v = f.value.trim();
  if (!v) throw new AppError('PIVOT_INVALID', { fields: [{ path: 'body.filter.value', rule: 'required' }] });
  // The same criterion as the advanced search's kind of that name (PAN-08).
  return criterion(organizationId, f.kind, v);
}

export async function pivotQuery(s: Scope, req: PivotRequest, now = new Date()): Promise<PivotResult> {
  const to = req.to ? new Date(req.to) : now;
  const from = req.from ? new Date(req.from) : new Date(to.getTime() - PIVOT_DEFAULT_DAYS * 86_400_000);
  if (!(from < to)) throw new AppError('PIVOT_INVALID', { fields: [{ path: 'body.to', rule: 'end_before_start' }] });
  const all = [...req.rows, ...req.columns];
  if (new Set(all).size !== all.length) throw new AppError('PIVOT_INVALID', { fields: [{ path: 'body', rule: 'duplicate' }] });
  const ctx: QueryCtx = { now, remainingOf: 'sla' };
  const filter = filterSql(s.organizationId, req.filter);
  const joins = [...all.flatMap((f) => fields[f].joins), ...filter.joins];
  // One GROUP BY at the finest grain (parallel-safe, unlike GROUPING SETS); row, column and grand
  // totals are added up here from sums and counts, so an average total is sum/count over the
  // group, never an average of averages.
  const dims = all.map((f, i) => sql`${fields[f].expr(ctx)} as ${sql.identifier(`d${i}`)}`);
  const shown = all.map((f, i) => {
    const col = sql.identifier(`d${i}`);
    const { format, names } = fields[f];
    const label = format ? sql`to_char(g.${col}, ${sql.raw(`'${format}'`)})` : names ? sql.raw(`k${i}.name`) : sql`g.${col}::text`;
    return sql`coalesce(${label}, '') as ${col}`;
  });
  const nameJoins = all.flatMap((f, i) => {
    const table = fields[f].names;
    return table ? [sql.raw(`left join ${table} k${i} on k${i}.id = g.d${i}`)] : [];
  });
  const sums = req.values.flatMap((_, i) => [sql.raw(`g.s${i}`), sql.raw(`g.n${i}`)]);
  const aggs = req.values.flatMap((v, i) => {
    const x = valueInput(v, ctx);
    const sum = x ? sql`coalesce(sum(${x}), 0)::float8` : sql.raw('count(*)::float8');
    const n = x ? sql`count(${x})::float8` : sql.raw('count(*)::float8');
    return [sql`${sum} as ${sql.identifier(`s${i}`)}`, sql`${n} as ${sql.identifier(`n${i}`)}`];
  });
  const conditions = [
    sql`a.organization_id = ${s.organizationId}`,
    sql`a.created_at >= ${from.toISOString()}::timestamptz`,
    sql`a.created_at < ${to.toISOString()}::timestamptz`,
  ];
  if (filter.condition) conditions.push(filter.condition);
  // Enough memory to hash the groups instead of sorting every row on disk; JIT compilation costs
  // more than it saves at this size. Both end with the transaction.
  await s.tx.execute(sql`select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`);
  const result = rowsOf(
    await s.tx.execute(sql`
      select ${sql.join([...shown, ...sums], sql.raw(', '))} from (
        select ${sql.join([...dims, ...aggs], sql.raw(', '))}
        from attendances a ${joinsSql(joins)}
        where ${sql.join(conditions, sql.raw(' and '))}
        ${
          all.length
            ? sql`group by ${sql.join(
                all.map((_, i) => sql.raw(String(i + 1))),
                sql.raw(', '),
              )}`
            : sql``
        }
      ) g ${sql.join(nameJoins, sql.raw(' '))}`),
  );

  type Acc = { s: number[]; n: number[] };
  const newAcc = (): Acc => ({ s: req.values.map(() => 0), n: req.values.map(() => 0) });
  const add = (map: Map<string, Acc>, key: string, r: Record<string, unknown>) => {
    const acc = map.get(key) ?? newAcc();
    req.values.forEach((_, i) => {
      acc.s[i]! += Number(r[`s${i}`] ?? 0);
      acc.n[i]! += Number(r[`n${i}`] ?? 0);
    });
    map.set(key, acc);
  };
  const cells = new Map<string, Acc>();
  const rowTotals = new Map<string, Acc>();
  const colTotals = new Map<string, Acc>();
  const grandMap = new Map<string, Acc>();
  const keyOf = (r: Record<string, unknown>, from: number, count: number) =>
    JSON.stringify(Array.from({ length: count }, (_, i) => String(r[`d${from + i}`] ?? '')));
  for (const r of result) {
    const rk = keyOf(r, 0, req.rows.length);
    const ck = keyOf(r, req.rows.length, req.columns.length);
    add(cells, `${rk}|${ck}`, r);
    add(rowTotals, rk, r);
    add(colTotals, ck, r);
    add(grandMap, '', r);
  }
  const finish = (acc: Acc | undefined) =>
    req.values.map((v, i) => {
      if (!acc) return 0;
      if (v.field !== 'count' && v.agg === 'avg') return acc.n[i] ? Math.round((acc.s[i]! / acc.n[i]!) * 100) / 100 : 0;
      return v.field !== 'count' && v.agg === 'count' ? acc.n[i]! : Math.round(acc.s[i]! * 100) / 100;
    });
  const sortKeys = (keys: Iterable<string>) => [...keys].sort((a, b) => a.localeCompare(b, 'pt-BR', { numeric: true }));
  const rowKeys = req.rows.length ? sortKeys(rowTotals.keys()) : ['[]'];
  const columnKeys = req.columns.length ? sortKeys(colTotals.keys()) : ['[]'];
  if (rowKeys.length > MAX_KEYS || columnKeys.length > MAX_KEYS)
    throw new AppError('PIVOT_INVALID', { fields: [{ path: 'body', rule: 'too_many', params: { max: MAX_KEYS } }] });
  const grand = finish(grandMap.get(''));
  const cellValues = rowKeys.map((rk) => columnKeys.map((ck) => finish(cells.get(`${rk}|${ck}`))));
  return {
    rowKeys: rowKeys.map((k) => JSON.parse(k) as string[]),
    columnKeys: columnKeys.map((k) => JSON.parse(k) as string[]),
    cells: cellValues.map((row) => row.map((v) => v[0]!)),
    cellValues,
    totals: {
      rows: rowKeys.map((rk) => finish(rowTotals.get(rk))[0]!),
      columns: columnKeys.map((ck) => finish(colTotals.get(ck))[0]!),
      grand: grand[0]!,
    },
    from: from.toISOString(),
    to: to.toISOString(),
  };
}
