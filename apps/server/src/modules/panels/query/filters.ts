import { panelColumns, type FieldRule, type FieldRuleParams, type PanelColumnKey } from '@atende/shared';
import { sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../../platform/errors.js';
import { columnSql, hoursLateSql, type QueryCtx } from './columns.sql.js';
import { formAnswerEquals, formColumnExpr, type FormColumn, type FormColumns } from './form-columns.js';
import type { JoinKey } from './joins.js';
import { nameOrDocumentMatches } from './name-match.js';
import { containsText } from './text-match.js';

// SPEC PAN-07: per-column filters `f.<column>=<value>`. text: contains (case/accent-insensitive);
// enum: equals, a comma list = any; datetime: `from..to` (ISO, either side optional); number and
// hours: `n` or `a..b`; boolean: true|false. Anything else is PANEL_FILTER_INVALID.
export type Filters = { conditions: SQL[]; joins: JoinKey[] };

const invalid = (column: string, rule: FieldRule, params?: FieldRuleParams) =>
  new AppError('PANEL_FILTER_INVALID', { fields: [{ path: `querystring.f.${column}`, rule, ...(params ? { params } : {}) }] });

function range<T>(column: string, value: string, parse: (s: string) => T | null): [T | null, T | null] {
  const [lo = '', hi, extra] = value.split('..');
  if (extra !== undefined) throw invalid(column, 'invalid_format');
  const side = (s: string) => {
    if (s.trim() === '') return null;
    const v = parse(s.trim());
    if (v === null) throw invalid(column, 'invalid_format');
    return v;
  };
  if (hi === undefined) {
    const v = side(lo);
    return [v, v];
  }
  return [side(lo), side(hi)];
}

const parseNumber = (s: string) => (/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null);
const parseDate = (s: string) => {
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
};

function between(expr: SQL, lo: SQL | null, hi: SQL | null): SQL {
  if (lo && hi) return sql`${expr} between ${lo} and ${hi}`;
  if (lo) return sql`${expr} >= ${lo}`;
  if (hi) return sql`${expr} <= ${hi}`;
  return sql.raw('true');
}

/** Hours columns filter on wall-clock hours (the grid's business hours are computed per page). */
function hoursExpr(column: PanelColumnKey, ctx: QueryCtx): SQL {
  if (column === 'hoursLate') return hoursLateSql(ctx);
  const due = ctx.remainingOf === 'subprocess' ? 'a.subprocess_due_at' : 'a.sla_due_at';
  return sql`(extract(epoch from (${sql.raw(due)} - ${ctx.now.toISOString()}::timestamptz)) / 3600)`;
}

function filterOne(organizationId: string, column: PanelColumnKey, value: string, ctx: QueryCtx): SQL {
  const def: { type: string; enumValues?: readonly string[] } = panelColumns[column];
  const expr = columnSql[column].sort(ctx);
  switch (def.type) {
    case 'text': {
      // A CPF/CNPJ typed with or without punctuation matches the stored digits.
      if (column === 'nameDocument') return nameOrDocumentMatches(organizationId, value);
      return containsText(expr, value);
    }
    case 'enum': {
      const values = value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      if (!values.length || values.some((v) => !def.enumValues!.includes(v))) throw invalid(column, 'not_in_list');
      return sql`${expr} in (${sql.join(
        values.map((v) => sql`${v}`),
        sql.raw(', '),
      )})`;
    }
    case 'boolean': {
      if (value !== 'true' && value !== 'false') throw invalid(column, 'invalid_type', { expected: 'boolean' });
      return sql`${expr} = ${value === 'true'}`;
    }
    case 'datetime': {
      const [lo, hi] = range(column, value, parseDate);
      return between(expr, lo && sql`${lo.toISOString()}::timestamptz`, hi && sql`${hi.toISOString()}::timestamptz`);
    }
    case 'number': {
      const [lo, hi] = range(column, value, parseNumber);
      return between(expr, lo === null ? null : sql`${lo}`, hi === null ? null : sql`${hi}`);
    }
    default: {
      const [lo, hi] = range(column, value, parseNumber);
      return between(hoursExpr(column, ctx), lo === null ? null : sql`${lo}`, hi === null ? null : sql`${hi}`);
    }
  }
}

/** A day 'YYYY-MM-DD' (an ISO instant is read as the day it starts with). */
const parseDay = (s: string) => (/^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s.slice(0, 10))) ? s.slice(0, 10) : null);

/** SPEC ATT-12: a form field column filters like its grid type; lists and checkboxes by exact answer. */
export function formFilter(c: FormColumn, value: string): SQL {
  const expr = formColumnExpr(c);
  switch (c.type) {
    case 'enum': {
      const values = value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      if (!values.length || values.some((v) => !c.enumValues!.includes(v))) throw invalid(c.key, 'not_in_list');
      return sql`(${sql.join(
        values.map((v) => formAnswerEquals(c, v)),
        sql.raw(' or '),
      )})`;
    }
    case 'boolean':
      if (value !== 'true' && value !== 'false') throw invalid(c.key, 'invalid_type', { expected: 'boolean' });
      // An unticked box is stored as false or never answered: "NÃO" finds both.
      return value === 'true' ? formAnswerEquals(c, true) : sql`not ${formAnswerEquals(c, true)}`;
    case 'datetime': {
      const [lo, hi] = range(c.key, value, parseDay);
      return between(expr, lo === null ? null : sql`${lo}::date`, hi === null ? null : sql`${hi}::date`);
    }
    case 'number': {
      const [lo, hi] = range(c.key, value, parseNumber);
      return between(expr, lo === null ? null : sql`${lo}`, hi === null ? null : sql`${hi}`);
    }
    default:
      return containsText(expr, value);
  }
}

/** The `f.*` parameters of a request, checked against the view's columns and the form columns. */
export function columnFilters(
  organizationId: string,
  query: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  ctx: QueryCtx,
  forms: FormColumns = new Map(),
): Filters {
  const conditions: SQL[] = [];
  const joins: JoinKey[] = [];
  for (const [key, raw] of Object.entries(query)) {
    if (!key.startsWith('f.')) continue;
    const column = key.slice(2);
    if (!allowed.has(column)) throw invalid(column, 'unknown_column');
    const value = String(raw ?? '').trim();
    if (!value) continue;
    const form = forms.get(column);
    if (form) {
      conditions.push(formFilter(form, value));
      continue;
    }
    conditions.push(filterOne(organizationId, column as PanelColumnKey, value, ctx));
    if (column !== 'nameDocument') joins.push(...columnSql[column as PanelColumnKey].joins);
  }
  return { conditions, joins };
}
