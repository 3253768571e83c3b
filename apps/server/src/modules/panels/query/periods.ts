import { localDateOf, localTimeToUtc } from '@atende/shared';

// SPEC PAN-07: "hoje", "semana", "30 dias" are local days in São Paulo, whatever the server's zone.
export const PANEL_TIME_ZONE = 'America/Sao_Paulo';

/** Local midnight `daysBack` days before today's (0 = today since midnight). */
export function localDayStart(now: Date, daysBack: number, timeZone = PANEL_TIME_ZONE): Date {
  const today = localDateOf(now, timeZone);
  const d = new Date(Date.UTC(today.year, today.month - 1, today.day - daysBack));
  return new Date(localTimeToUtc({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, 0, timeZone));
}

/** Today, the last 7 local days (today and the 6 before), the last 15 and the last 30. */
export function panelPeriods(now: Date) {
  return {
    today: localDayStart(now, 0),
    week: localDayStart(now, 6),
    d15: localDayStart(now, 14),
    d30: localDayStart(now, 29),
    h24: new Date(now.getTime() - 24 * 3600_000),
  };
}
export type PanelPeriods = ReturnType<typeof panelPeriods>;
