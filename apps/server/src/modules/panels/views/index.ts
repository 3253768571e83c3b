import { finishedViews } from './finished.views.js';
import { lateSubprocessesViews } from './late-subprocesses.views.js';
import { lateViews } from './late.views.js';
import { openViews } from './open.views.js';
import { serviceOrdersViews } from './service-orders.views.js';
import type { ViewSql } from './view-sql.js';
import { sql } from 'drizzle-orm';

// SPEC PAN-07: the server's half of the view registry, one file per tab. The advanced search's
// rows come from its criterion (advanced-search.ts), so its base WHERE is "everything".
const registry: Record<string, Record<string, ViewSql>> = {
  open: openViews,
  late_subprocesses: lateSubprocessesViews,
  finished: finishedViews,
  service_orders: serviceOrdersViews,
  late: lateViews,
  search: { advanced: { base: 'attendances', where: () => sql.raw('true') } },
};

export function viewSql(tab: string, view: string): ViewSql | undefined {
  return Object.hasOwn(registry, tab) && Object.hasOwn(registry[tab]!, view) ? registry[tab]![view] : undefined;
}
export type { ViewCtx, ViewSql } from './view-sql.js';
