import { eq, sql } from 'drizzle-orm';
import { webchatVisitors } from '../../../db/schema/channels.js';
import type { Scope } from '../../../platform/db/tenant.js';

export type VisitorRow = typeof webchatVisitors.$inferSelect;
export type VisitorProfile = VisitorRow['profile'];

export const visitorsRepo = {
  async byTokenHash(s: Scope, tokenHash: string) {
    const [row] = await s.tx.select().from(webchatVisitors).where(eq(webchatVisitors.tokenHash, tokenHash));
    return row;
  },
  async insert(s: Scope, channelId: string, tokenHash: string, locale: string, addressHash: string) {
    const [row] = await s.tx
      .insert(webchatVisitors)
      .values({ organizationId: s.organizationId, channelId, tokenHash, locale, addressHash })
      .returning();
    return row!;
  },
  async touch(s: Scope, id: string, addressHash: string, locale?: string) {
    await s.tx
      .update(webchatVisitors)
      .set({ lastSeenAt: sql`now()`, addressHash, ...(locale ? { locale } : {}) })
      .where(eq(webchatVisitors.id, id));
  },
  async setProfile(s: Scope, id: string, profile: VisitorProfile) {
    const [row] = await s.tx.update(webchatVisitors).set({ profile }).where(eq(webchatVisitors.id, id)).returning();
    return row!;
  },
};
