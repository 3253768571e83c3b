import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { organizations, sessions, users } from '../../db/schema/tenancy.js';
import type { SystemScope } from '../../platform/db/tenant.js';

// Sessions are looked up before the tenant is known, so these are system-scope reads and writes.
export const sessionsRepo = {
  async insert(s: SystemScope, values: typeof sessions.$inferInsert) {
    await s.tx.insert(sessions).values(values);
  },
  async principalBySessionId(s: SystemScope, id: string) {
    const [row] = await s.tx
      .select({ session: sessions, user: users, organizationName: organizations.name })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .innerJoin(organizations, eq(organizations.id, sessions.organizationId))
      .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`), eq(users.active, true)));
    return row;
  },
  async remove(s: SystemScope, id: string) {
    await s.tx.delete(sessions).where(eq(sessions.id, id));
  },
  /** Revokes every session of a user, optionally keeping one (the caller's own). */
  async removeForUser(s: SystemScope, userId: string, keepId?: string) {
    const rows = await s.tx
      .delete(sessions)
      .where(keepId ? and(eq(sessions.userId, userId), ne(sessions.id, keepId)) : eq(sessions.userId, userId))
      .returning({ id: sessions.id, organizationId: sessions.organizationId });
    return rows;
  },
  async purgeExpired(s: SystemScope) {
    await s.tx.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
  },
};
