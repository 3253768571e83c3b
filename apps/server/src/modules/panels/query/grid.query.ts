import { rowsOf } from '../../../platform/db/rows.js';
import { defaultCalendar, findPanelView, type BusinessCalendar, type PanelColumnKey, type PanelPage, type PanelView } from '@atende/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import { viewSql, type ViewCtx, type ViewSql } from '../views/index.js';
import { advancedSearch } from './advanced-search.js';
import { calendarLoader } from './calendars.js';
import { baseSelect, columnSql, type QueryCtx } from './columns.sql.js';
import { columnFilters } from './filters.js';
import { answerText, formColumnExpr, type FormColumns } from './form-columns.js';
import { joinsSql, type JoinKey } from './joins.js';
import { panelPeriods } from './periods.js';
import { mapRow, type GridRow, type RawRow } from './row-mapper.js';

// SPEC PAN-07: one grid page = the view's base WHERE + column filters (+ the advanced-search
// criterion), sorted by a whitelisted column, LIMIT/OFFSET, and a count capped at 10 000 so a
// huge organization does not pay for counting a million rows. The page's ids are found first
// with only the joins the filters and the sort need; the shown columns are then read for those ids.
export const COUNT_CAP = 10_000;

export type PreparedGrid = {
  view: PanelView;
  vsql: ViewSql;
  ctx: QueryCtx & ViewCtx;
  /** Filters and sort need these joins. */
  joins: JoinKey[];
  where: SQL;
  order: SQL;
  searched: boolean;
  organizationId: string;
  /** SPEC ATT-12: the form field columns the caller may show, filter and sort on. */
  forms: FormColumns;
};

export function prepareGrid(
  organizationId: string,
  tab: string,
  viewKey: string,
  query: Record<string, unknown>,
  now = new Date(),
  forms: FormColumns = new Map(),
): PreparedGrid {
  const view = findPanelView(tab, viewKey);
  const vsql = viewSql(tab, viewKey);
  if (!view || !vsql || view.kind !== 'grid') throw new AppError('PANEL_VIEW_NOT_FOUND');
  const ctx: QueryCtx & ViewCtx = {
    now,
    nowSql: sql`${now.toISOString()}::timestamptz`,
    periods: panelPeriods(now),
    remainingOf: vsql.remainingOf ?? 'sla',
  };
  const allowed = new Set<string>([...view.columns.map((c) => c.key), ...forms.keys()]);
  const filters = columnFilters(organizationId, query, allowed, ctx, forms);
  const search = view.key === 'advanced' ? advancedSearch(organizationId, query, forms) : { conditions: [], joins: [], searched: false };

  const sortKey = (query.sort as string | undefined) ?? view.defaultSort.column;
  if (!allowed.has(sortKey)) throw new AppError('PANEL_FILTER_INVALID', { fields: [{ path: 'querystring.sort', rule: 'unknown_column' }] });
  const form = forms.get(sortKey);
  const dir = ((query.dir as string | undefined) ?? (sortKey === view.defaultSort.column ? view.defaultSort.dir : 'asc')) === 'desc' ? 'desc' : 'asc';
  // PostgreSQL's default NULLS placement (last ascending, first descending) is what a btree index
  // scan yields in either direction, so the panel indexes can serve every sort without a Sort node.
  const idColumn = vsql.base === 'events' ? 'e.id' : 'a.code';
  const sortSql = form ? formColumnExpr(form) : columnSql[sortKey as PanelColumnKey].sort(ctx);
  const order = sql`${sortSql} ${sql.raw(dir)}, ${sql.raw(`${idColumn} ${dir}`)}`;

  const scope =
    vsql.base === 'events'
      ? sql`e.organization_id = ${organizationId} and a.organization_id = ${organizationId}`
      : sql`a.organization_id = ${organizationId}`;
  const where = sql.join([scope, sql`(${vsql.where(ctx)})`, ...filters.conditions, ...search.conditions], sql.raw(' and '));
  const listAll = query.listAll === '1' || query.listAll === 'true';
  return {
    view,
    vsql,
    ctx,
    joins: [...filters.joins, ...search.joins, ...(form ? [] : columnSql[sortKey as PanelColumnKey].joins)],
    where,
    order,
    searched: listAll || filters.conditions.length > 0 || search.searched,
    organizationId,
    forms,
  };
}

export const fromSql = (g: PreparedGrid, joins: Iterable<JoinKey>) =>
  g.vsql.base === 'events'
    ? sql`from attendance_events e join attendances a on a.id = e.attendance_id ${joinsSql(joins)}`
    : sql`from attendances a ${joinsSql(joins)}`;

/** The select list and joins for showing `columns`. */
export function selectFor(g: PreparedGrid, columns: readonly string[]): { fields: SQL; joins: JoinKey[] } {
  const fields: Record<string, SQL> = { ...baseSelect, ...(g.vsql.base === 'events' ? { eid: sql.raw('e.id') } : {}) };
  const joins: JoinKey[] = [];
  for (const c of columns) {
    const form = g.forms.get(c);
    if (form) {
      fields[c] = answerText(form);
      continue;
    }
    Object.assign(fields, columnSql[c as PanelColumnKey].select);
    joins.push(...columnSql[c as PanelColumnKey].joins);
  }
  return {
    fields: sql.join(
      Object.entries(fields).map(([alias, expr]) => sql`${expr} as ${sql.identifier(alias)}`),
      sql.raw(', '),
    ),
    joins,
  };
}

/**
 * Columns to return: the requested ones that belong to the view or are form field columns the
 * caller may see (ATT-12), in the requested order; else all of the view's.
 */
export function columnsOf(view: PanelView, requested?: string, forms: FormColumns = new Map()): string[] {
  const all: string[] = [...view.columns.map((c) => c.key), ...forms.keys()];
  if (!requested) return view.columns.map((c) => c.key);
  const wanted = requested.split(',').map((c) => c.trim());
  const picked = all.filter((c) => wanted.includes(c));
  return picked.length ? picked.sort((a, b) => wanted.indexOf(a) - wanted.indexOf(b)) : view.columns.map((c) => c.key);
}

/** Columns computed from the SLA in the company's calendar (PAN-04); only they need calendars. */
const needsCalendar = (g: PreparedGrid, c: string) =>
  c === 'slaState' || c === 'hoursLate' || (c === 'remainingHours' && g.ctx.remainingOf === 'sla');

export async function mapRows(
  s: Scope,
  g: PreparedGrid,
  raws: RawRow[],
  columns: readonly string[],
  calendarCache?: Map<string, BusinessCalendar>,
): Promise<GridRow[]> {
  const calendars = columns.some((c) => needsCalendar(g, c))
    ? await calendarLoader(
        s,
        raws.map((r) => (r['a.company_id'] as string | null) ?? null),
        calendarCache,
      )
    : () => defaultCalendar();
  return raws.map((r) => mapRow(r, columns, g.ctx, calendars, g.forms));
}

export async function gridPage(s: Scope, g: PreparedGrid, page: number, pageSize: number, columns?: readonly string[]): Promise<PanelPage> {
  const empty = { rows: [], total: 0, totalCapped: false, page, pageSize, searched: g.searched };
  if (g.view.searchMode && !g.searched) return empty;
  const from = fromSql(g, g.joins);
  const idColumn = g.vsql.base === 'events' ? sql.raw('e.id') : sql.raw('a.id');
  const [idRows, countRows] = [
    rowsOf(
      await s.tx.execute(
        sql`select ${idColumn} as id ${from} where ${g.where} order by ${g.order} limit ${pageSize} offset ${(page - 1) * pageSize}`,
      ),
    ),
    rowsOf(await s.tx.execute(sql`select count(*)::int as n from (select 1 ${from} where ${g.where} limit ${COUNT_CAP + 1}) t`)),
  ];
  const n = Number(countRows[0]?.n ?? 0);
  const total = Math.min(n, COUNT_CAP);
  if (!idRows.length) return { ...empty, total, totalCapped: n > COUNT_CAP };
  const shown: readonly string[] = columns ?? g.view.columns.map((c) => c.key);
  const { fields, joins } = selectFor(g, shown);
  const ids = idRows.map((r) => String(r.id));
  const raws = rowsOf(
    await s.tx.execute(
      sql`select ${fields} ${fromSql(g, joins)} where ${idColumn} in (${sql.join(
        ids.map((id) => (g.vsql.base === 'events' ? sql`${Number(id)}` : sql`${id}::uuid`)),
        sql.raw(', '),
      )})`,
    ),
  );
  const key = g.vsql.base === 'events' ? 'eid' : 'id';
  const position = new Map(ids.map((id, i) => [id, i]));
  raws.sort((a, b) => position.get(String(a[key]))! - position.get(String(b[key]))!);
  return { rows: await mapRows(s, g, raws, shown), total, totalCapped: n > COUNT_CAP, page, pageSize, searched: g.searched };
}
