import { asc } from 'drizzle-orm';
import { pauseReasons } from '../../db/schema/presence.js';
import type { Scope } from '../../platform/db/tenant.js';

export const presenceRepo = {
  listPauseReasons: (s: Scope) => s.tx.select().from(pauseReasons).orderBy(asc(pauseReasons.name)),
  async insertPauseReason(s: Scope, values: { name: string; productive?: boolean }) {
    const [row] = await s.tx.insert(pauseReasons).values({ ...values, organizationId: s.organizationId }).returning();
    return row!;
  },
};
