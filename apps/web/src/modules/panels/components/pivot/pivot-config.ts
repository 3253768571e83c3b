import { PIVOT_DEFAULT_DAYS, type PivotField } from '@atende/shared';
import type { PivotRequest, PivotResult, PivotValue } from '../../panel-types';
import { dateInput, dayBound } from '../../format';

// SPEC PAN-09: what the user arranged in "Configurar" — kept per user in the grid preferences.

export type PivotArea = 'rows' | 'columns' | 'values';
export type PivotFilter = { kind: NonNullable<PivotRequest['filter']>['kind']; value: string };
export type PivotConfig = { rows: PivotField[]; columns: PivotField[]; values: PivotValue[]; from: string; to: string; filter: PivotFilter };

export function defaultPivotConfig(now = new Date()): PivotConfig {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - PIVOT_DEFAULT_DAYS);
  return {
    rows: ['month'],
    columns: [],
    values: [{ field: 'count', agg: 'count' }],
    from: dateInput(from),
    to: dateInput(now),
    filter: { kind: 'period', value: '' },
  };
}

/** A saved layout, if it still has the expected shape; the period is always the last 180 days. */
export function restorePivotConfig(saved: unknown, now = new Date()): PivotConfig {
  const base = defaultPivotConfig(now);
  if (!saved || typeof saved !== 'object') return base;
  const s = saved as Partial<PivotConfig>;
  return {
    ...base,
    rows: Array.isArray(s.rows) ? s.rows : base.rows,
    columns: Array.isArray(s.columns) ? s.columns : base.columns,
    values: Array.isArray(s.values) && s.values.length ? s.values : base.values,
  };
}

export function pivotRequestOf(c: PivotConfig): PivotRequest {
  return {
    rows: c.rows,
    columns: c.columns,
    values: c.values,
    from: c.from ? dayBound(c.from, false) : undefined,
    to: c.to ? dayBound(c.to, true) : undefined,
    filter: c.filter.kind === 'period' ? undefined : { kind: c.filter.kind, value: c.filter.value.trim() },
  };
}

/** Moves a dimension into an area (out of the other one); values are added once per field. */
export function placeField(c: PivotConfig, area: 'rows' | 'columns', field: PivotField): PivotConfig {
  const other = area === 'rows' ? 'columns' : 'rows';
  const limit = area === 'rows' ? 3 : 2;
  if (c[area].includes(field) || c[area].length >= limit) return c;
  return { ...c, [other]: c[other].filter((f) => f !== field), [area]: [...c[area], field] };
}

export function placeValue(c: PivotConfig, field: PivotValue['field']): PivotConfig {
  if (c.values.some((v) => v.field === field) || c.values.length >= 4) return c;
  return { ...c, values: [...c.values, { field, agg: field === 'count' ? 'count' : 'sum' }] };
}

/** A pivot cell as shown: every requested value in order ("12 / 3,5"), 0 where the group is empty. */
export function pivotCellText(result: Pick<PivotResult, 'cellValues'>, row: number, column: number, format: (n: number) => string): string {
  return (result.cellValues[row]?.[column] ?? [0]).map(format).join(' / ');
}

/**
 * A row or column key as shown: its parts joined by " / ", a part without value as "(sem valor)"
 * (PAN-09: a group of attendances without city, operator… is a group of its own, not a value name).
 * A key without parts (no field in that area) stands for the whole and is shown as `whole`.
 */
export function pivotKeyText(key: readonly string[], noValue: string, whole: string): string {
  return key.length ? key.map((part) => part || noValue).join(' / ') : whole;
}
