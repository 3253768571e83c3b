import { describe, expect, it } from 'vitest';
import { defaultPivotConfig, pivotCellText, pivotKeyText, pivotRequestOf, placeField, placeValue, restorePivotConfig } from './pivot-config';

const now = new Date(2026, 10, 21, 12);

describe('pivot configuration (PAN-09)', () => {
  it('defaults to the last 180 days, counted by month', () => {
    const c = defaultPivotConfig(now);
    expect([c.from, c.to, c.rows, c.values]).toEqual(['2026-05-25', '2026-11-21', ['month'], [{ field: 'count', agg: 'count' }]]);
    const req = pivotRequestOf(c);
    expect(req.filter).toBeUndefined();
    expect(req.from).toBe(new Date(2026, 4, 25).toISOString());
  });

  it('moves a field between rows and columns and never repeats it', () => {
    let c = placeField(defaultPivotConfig(now), 'columns', 'city');
    c = placeField(c, 'rows', 'city');
    expect([c.rows, c.columns]).toEqual([['month', 'city'], []]);
    expect(placeValue(placeValue(c, 'hoursLate'), 'hoursLate').values).toEqual([
      { field: 'count', agg: 'count' },
      { field: 'hoursLate', agg: 'sum' },
    ]);
  });

  it('restores a saved layout but not its period', () => {
    const c = restorePivotConfig({ rows: ['city'], columns: ['status'], values: [], from: '2000-01-01' }, now);
    expect([c.rows, c.columns, c.values.length, c.from]).toEqual([['city'], ['status'], 1, '2026-05-25']);
  });

  it('shows every requested value in a cell, and 0 for an empty group', () => {
    const result = {
      cellValues: [
        [
          [12, 3.5],
          [4, 0],
        ],
        [],
      ],
    };
    const format = (n: number) => n.toLocaleString('pt-BR');
    expect(pivotCellText(result, 0, 0, format)).toBe('12 / 3,5');
    expect(pivotCellText(result, 0, 1, format)).toBe('4 / 0');
    expect(pivotCellText(result, 1, 0, format)).toBe('0');
  });

  it('names a group without value "(sem valor)", not after the value, and keeps the other parts', () => {
    expect(pivotKeyText(['', '2026-11'], '(sem valor)', 'Quantidade')).toBe('(sem valor) / 2026-11');
    expect(pivotKeyText([''], '(sem valor)', 'Quantidade')).toBe('(sem valor)');
    expect(pivotKeyText([], '(sem valor)', 'Quantidade')).toBe('Quantidade');
  });
});
