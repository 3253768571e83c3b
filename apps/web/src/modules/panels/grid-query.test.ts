import type { PanelColumnKey } from '@atende/shared';
import { describe, expect, it } from 'vitest';
import { columnsParam, gridQuery, initialGridState, setFilter, toggleSort, visibleColumns } from './grid-query';
import type { ColumnDef } from './panel-types';

const col = (key: PanelColumnKey, type: ColumnDef['type'], defaultVisible = true): ColumnDef => ({
  key,
  type,
  sortable: true,
  filterable: true,
  defaultVisible,
});
const columns = [col('code', 'number'), col('createdAt', 'datetime'), col('city', 'text', false), col('finished', 'boolean')];

describe('panel grid query (PAN-07)', () => {
  it('sends page, sort, listAll and one f.<column> per non-empty filter', () => {
    let s = toggleSort(initialGridState, 'code');
    s = setFilter(s, 'city', ' Recife ');
    s = setFilter(s, 'finished', 'true');
    s = { ...s, listAll: true };
    expect(gridQuery(columns, s)).toEqual({ page: 1, pageSize: 50, sort: 'code', dir: 'asc', listAll: 1, 'f.city': 'Recife', 'f.finished': 'true' });
  });

  it('turns a day range into a local ISO instant range, open on either side', () => {
    const q = gridQuery(columns, setFilter(initialGridState, 'createdAt', '2026-03-01..'));
    expect(q['f.createdAt']).toBe(`${new Date(2026, 2, 1).toISOString()}..`);
    expect(gridQuery(columns, setFilter(initialGridState, 'createdAt', '..'))['f.createdAt']).toBeUndefined();
  });

  it('sends a form date field (ATT-12) as the days typed', () => {
    const day: ColumnDef = { ...col('code', 'datetime', false), key: 'form:00000000-0000-4000-8000-000000000000:dia', fieldType: 'date' };
    expect(gridQuery([day], setFilter(initialGridState, day.key, '2026-12-01..2026-12-31'))[`f.${day.key}`]).toBe('2026-12-01..2026-12-31');
  });

  it('names the columns to read only when a form field column is shown (ATT-12)', () => {
    const form: ColumnDef = { ...col('code', 'text', false), key: 'form:00000000-0000-4000-8000-000000000000:modelo', fieldType: 'text' };
    expect(columnsParam([...columns, form], ['code'])).toBeUndefined();
    expect(columnsParam([...columns, form], ['code', form.key])).toBe(`code,createdAt,city,finished,${form.key}`);
  });

  it('flips the direction on a second click and goes back to page 1', () => {
    const s = toggleSort(toggleSort({ ...initialGridState, page: 3 }, 'code'), 'code');
    expect([s.sort, s.dir, s.page]).toEqual(['code', 'desc', 1]);
  });

  it('shows the saved columns in their order, else the defaults', () => {
    expect(visibleColumns(columns, ['city', 'nope', 'code']).map((c) => c.key)).toEqual(['city', 'code']);
    expect(visibleColumns(columns, undefined).map((c) => c.key)).toEqual(['code', 'createdAt', 'finished']);
  });
});
