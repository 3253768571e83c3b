import { sql } from 'drizzle-orm';
import { and, at, slaLate } from './conditions.js';
import type { ViewSql } from './view-sql.js';

// Seed "Atrasados" (SPEC PAN-07): open or finished past the SLA due time; the period is when it
// became late (the due time): last 24 hours, 7 local days, 30 local days, ever.
export const lateViews: Record<string, ViewSql> = {
  h24: { base: 'attendances', where: (c) => and(slaLate(c), sql`a.sla_due_at >= ${at(c.periods.h24)}`) },
  week: { base: 'attendances', where: (c) => and(slaLate(c), sql`a.sla_due_at >= ${at(c.periods.week)}`) },
  d30: { base: 'attendances', where: (c) => and(slaLate(c), sql`a.sla_due_at >= ${at(c.periods.d30)}`) },
  all: { base: 'attendances', where: slaLate },
};
