import { and, eq, sql } from 'drizzle-orm';
import { attendances } from '../../db/schema/attendances.js';
import type { Scope } from '../../platform/db/tenant.js';

export const attendancesRepo = {
  async countInProgress(s: Scope, userId: string) {
    const [row] = await s.tx
      .select({ n: sql<number>`count(*)::int` })
      .from(attendances)
      .where(and(eq(attendances.assigneeId, userId), eq(attendances.status, 'in_progress')));
    return row?.n ?? 0;
  },
};
