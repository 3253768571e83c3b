import { and, finishedLate, hasAddress, isFinished, since } from './conditions.js';
import type { ViewSql } from './view-sql.js';

// Seed "Finalizados" (SPEC PAN-07): by closing time in São Paulo days.
export const finishedViews: Record<string, ViewSql> = {
  today: { base: 'attendances', where: (c) => and(isFinished, since('a.finished_at', c.periods.today)) },
  week: { base: 'attendances', where: (c) => and(isFinished, since('a.finished_at', c.periods.week)) },
  d30: { base: 'attendances', where: (c) => and(isFinished, since('a.finished_at', c.periods.d30)) },
  d30_address: { base: 'attendances', where: (c) => and(isFinished, since('a.finished_at', c.periods.d30), hasAddress) },
  // "Finalizados com atrasos": closed after the SLA due time.
  d30_late: { base: 'attendances', where: (c) => and(finishedLate, since('a.finished_at', c.periods.d30)) },
};
