import { describe, expect, it } from 'vitest';
import { periodRange } from './recording-period';

describe('recordings period filter (VOX-04)', () => {
  const now = new Date(2026, 11, 7, 15, 30);

  it('"Hoje" starts at midnight and stays open', () => {
    expect(periodRange('today', { from: '', to: '' }, now)).toEqual({ from: new Date(2026, 11, 7).toISOString(), to: null });
  });

  it('"Últimos 7 dias" counts today as one of the seven', () => {
    expect(periodRange('last7', { from: '', to: '' }, now).from).toBe(new Date(2026, 11, 1).toISOString());
    expect(periodRange('last30', { from: '', to: '' }, now).from).toBe(new Date(2026, 10, 8).toISOString());
  });

  it('a custom range includes the whole last day', () => {
    expect(periodRange('custom', { from: '2026-11-30', to: '2026-12-02' }, now)).toEqual({
      from: new Date(2026, 10, 30).toISOString(),
      to: new Date(2026, 11, 3).toISOString(),
    });
    expect(periodRange('custom', { from: '', to: '' }, now)).toEqual({ from: null, to: null });
  });
});
