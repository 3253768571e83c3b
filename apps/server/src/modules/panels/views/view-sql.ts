import type { SQL } from 'drizzle-orm';
import type { PanelPeriods } from '../query/periods.js';

// The server half of a panel view (SPEC PAN-07): which rows it holds. Columns, sort and tools
// live in the shared registry (packages/shared/src/panels) so the console reads the same.
export type ViewCtx = { now: Date; nowSql: SQL; periods: PanelPeriods };

export type ViewSql = {
  /** `events`: one row per attendance event (interactions view); otherwise one per attendance. */
  base: 'attendances' | 'events';
  where: (ctx: ViewCtx) => SQL;
  /** What "Restantes (hrs)" counts down to. */
  remainingOf?: 'sla' | 'subprocess';
};
