import { and, eq, sql } from 'drizzle-orm';
import { gridPreferences } from '../../../db/schema/attendance-service.js';
import type { Scope } from '../../../platform/db/tenant.js';

// SPEC PAN-07: a user's settings for one grid (`tab.view`): its columns and the synthetic view's layout.
export type GridSettings = (typeof gridPreferences.$inferSelect)['settings'];

export const gridPreferencesRepo = {
  async get(s: Scope, userId: string, grid: string): Promise<GridSettings | undefined> {
    const [row] = await s.tx
      .select()
      .from(gridPreferences)
      .where(and(eq(gridPreferences.userId, userId), eq(gridPreferences.grid, grid)));
    return row?.settings;
  },
  /** Stores `settings` over the saved ones (keys not given are kept); returns the result. */
  async merge(s: Scope, userId: string, grid: string, settings: GridSettings): Promise<GridSettings> {
    const [row] = await s.tx
      .insert(gridPreferences)
      .values({ organizationId: s.organizationId, userId, grid, settings })
      .onConflictDoUpdate({
        target: [gridPreferences.userId, gridPreferences.grid],
        set: { settings: sql`${gridPreferences.settings} || ${JSON.stringify(settings)}::jsonb`, updatedAt: new Date() },
      })
      .returning();
    return row!.settings;
  },
};
