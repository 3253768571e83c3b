import type { AlertLevel } from '@atende/shared';
import type { AlertFilter } from '../api';

export type Period = 'today' | '7d' | '30d' | 'custom';

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());

/** SPEC ALR-06: the panel's period (hoje / 7 dias / 30 dias / dates) as the API's from/to. */
export function periodFilter(
  period: Period,
  custom: { from: string | null; to: string | null },
  level: AlertLevel | null,
  now = new Date(),
): AlertFilter {
  const level_ = level ?? undefined;
  if (period === 'custom') {
    const from = custom.from ? new Date(`${custom.from}T00:00:00`).toISOString() : undefined;
    const to = custom.to ? new Date(`${custom.to}T23:59:59.999`).toISOString() : undefined;
    return { from, to, level: level_ };
  }
  const days = period === 'today' ? 0 : period === '7d' ? 6 : 29;
  const from = startOfDay(now);
  from.setDate(from.getDate() - days);
  return { from: from.toISOString(), level: level_ };
}
