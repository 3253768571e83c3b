import { sql } from 'drizzle-orm';
import { and, isOpen, openSlaLate, since } from './conditions.js';
import type { ViewSql } from './view-sql.js';

// Seed "Abertos" (SPEC PAN-07): not finished; today and week by opening time in São Paulo days.
export const openViews: Record<string, ViewSql> = {
  today: { base: 'attendances', where: (c) => and(isOpen, since('a.created_at', c.periods.today)) },
  week: { base: 'attendances', where: (c) => and(isOpen, since('a.created_at', c.periods.week)) },
  all: { base: 'attendances', where: () => isOpen },
  sla_late: { base: 'attendances', where: openSlaLate },
  // "Interações dos operadores nos atendimentos abertos": every event of an open attendance.
  interactions: { base: 'events', where: () => isOpen },
  // "Prazos dos subprocessos": open attendances with a subprocess not yet closed.
  subprocess_deadlines: { base: 'attendances', where: () => and(isOpen, sql.raw('a.subprocess_id is not null')), remainingOf: 'subprocess' },
};
