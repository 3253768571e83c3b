import { sql } from 'drizzle-orm';
import { and, at, subprocessLate } from './conditions.js';
import type { ViewSql } from './view-sql.js';

// Seed "Subprocessos atrasados" (SPEC PAN-03, PAN-07): open, subprocess past its "Fim Previsto";
// 7 and 15 days = it became late within the last 7 / 15 local days.
export const lateSubprocessesViews: Record<string, ViewSql> = {
  d7: { base: 'attendances', where: (c) => and(subprocessLate(c), sql`a.subprocess_due_at >= ${at(c.periods.week)}`), remainingOf: 'subprocess' },
  d15: { base: 'attendances', where: (c) => and(subprocessLate(c), sql`a.subprocess_due_at >= ${at(c.periods.d15)}`), remainingOf: 'subprocess' },
  all: { base: 'attendances', where: subprocessLate, remainingOf: 'subprocess' },
};
