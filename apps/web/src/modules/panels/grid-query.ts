import type { Query } from './api';
import { dayBound } from './format';
import type { ColumnDef } from './panel-types';

// SPEC PAN-07: a grid's state (page, sort, per-column filters, "Listar todos") as the query string
// of GET /api/panels/:tab/:view (f.<column>=<value>, datetime = `from..to` ISO range).

export type SortDir = 'asc' | 'desc';
export type GridState = {
  page: number;
  pageSize: number;
  sort: string | null;
  dir: SortDir;
  /** Raw filter input per column: text, enum value, 'true'|'false', or 'YYYY-MM-DD..YYYY-MM-DD'. */
  filters: Record<string, string>;
  listAll: boolean;
};

export const initialGridState: GridState = { page: 1, pageSize: 50, sort: null, dir: 'desc', filters: {}, listAll: false };

/** A local day range 'a..b' (either side may be empty) as the ISO instant range the server reads. */
export function dateRangeFilter(raw: string): string | null {
  const [from = '', to = ''] = raw.split('..');
  if (!from && !to) return null;
  return `${from ? dayBound(from, false) : ''}..${to ? dayBound(to, true) : ''}`;
}

export function filterParams(columns: ColumnDef[], filters: Record<string, string>): Query {
  const query: Query = {};
  for (const [key, raw] of Object.entries(filters)) {
    const value = raw.trim();
    if (!value) continue;
    const column = columns.find((c) => c.key === key);
    // A form's date field (ATT-12) is filtered by days as typed, not by instants.
    const sent = column?.type === 'datetime' && !column.fieldType ? dateRangeFilter(value) : value;
    if (sent) query[`f.${key}`] = sent;
  }
  return query;
}

export function gridQuery(columns: ColumnDef[], state: GridState): Query {
  return {
    page: state.page,
    pageSize: state.pageSize,
    sort: state.sort ?? undefined,
    dir: state.sort ? state.dir : undefined,
    listAll: state.listAll ? 1 : undefined,
    ...filterParams(columns, state.filters),
  };
}

/** Header click: a new column sorts ascending; the same column flips. */
export function toggleSort(state: GridState, key: string): GridState {
  if (state.sort !== key) return { ...state, sort: key, dir: 'asc', page: 1 };
  return { ...state, dir: state.dir === 'asc' ? 'desc' : 'asc', page: 1 };
}

export function setFilter(state: GridState, key: string, value: string): GridState {
  const filters = { ...state.filters };
  if (value) filters[key] = value;
  else delete filters[key];
  return { ...state, filters, page: 1 };
}

/**
 * SPEC ATT-12: the grid reads every column of its view unless told otherwise; a form field column
 * is read only when shown, so the request then names the view's columns plus the shown form ones.
 */
export function columnsParam(columns: ColumnDef[], saved: string[] | null | undefined): string | undefined {
  const forms = visibleColumns(columns, saved).filter((c) => c.fieldType);
  if (!forms.length) return undefined;
  return [...columns.filter((c) => !c.fieldType), ...forms].map((c) => c.key).join(',');
}

/** Columns shown: the user's saved choice (in saved order, unknown keys dropped), else the defaults. */
export function visibleColumns(columns: ColumnDef[], saved: string[] | null | undefined): ColumnDef[] {
  if (!saved?.length) return columns.filter((c) => c.defaultVisible);
  const chosen = saved.map((k) => columns.find((c) => c.key === k)).filter((c): c is ColumnDef => !!c);
  return chosen.length ? chosen : columns.filter((c) => c.defaultVisible);
}
