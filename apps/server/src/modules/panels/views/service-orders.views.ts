import { sql } from 'drizzle-orm';
import { and, hasAddress, hasServiceOrder, since, slaLate } from './conditions.js';
import type { ViewSql } from './view-sql.js';

// Seed "Em Ordem de Serviço" (SPEC PAN-06, PAN-07): attendances with at least one O.S.
export const serviceOrdersViews: Record<string, ViewSql> = {
  d30: { base: 'attendances', where: (c) => and(hasServiceOrder, since('a.created_at', c.periods.d30)) },
  // "O.S. ainda aberta": an order not yet done (unscheduled or scheduled).
  open: { base: 'attendances', where: () => sql.raw("a.service_order_status in ('unscheduled', 'scheduled')") },
  d30_late: { base: 'attendances', where: (c) => and(hasServiceOrder, since('a.created_at', c.periods.d30), slaLate(c)) },
  d30_address: { base: 'attendances', where: (c) => and(hasServiceOrder, since('a.created_at', c.periods.d30), hasAddress) },
};
