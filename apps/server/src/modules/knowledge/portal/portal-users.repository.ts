import { and, eq, gt, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { portalSessions, portalUsers } from '../../../db/schema/portal.js';
import type { Scope, SystemScope } from '../../../platform/db/tenant.js';

export type PortalUserRow = typeof portalUsers.$inferSelect;

// SPEC PER-06: the persons' portal logins and sessions. Login, links and sessions are looked up
// before any organization is known (system scope); the console's reads are tenant-scoped.
export const portalUsersRepo = {
  async byPerson(s: Scope, personId: string) {
    const [row] = await s.tx.select().from(portalUsers).where(eq(portalUsers.personId, personId));
    return row;
  },
  /** Creates the person's portal user when missing and gives it a fresh one-time link (the older one stops working). */
  async setLink(s: Scope, personId: string, linkTokenHash: string, linkExpiresAt: Date) {
    const [row] = await s.tx
      .insert(portalUsers)
      .values({ organizationId: s.organizationId, personId, linkTokenHash, linkExpiresAt })
      .onConflictDoUpdate({ target: portalUsers.personId, set: { linkTokenHash, linkExpiresAt } })
      .returning();
    return row!;
  },
  async byLink(s: SystemScope, linkTokenHash: string) {
    const [row] = await s.tx
      .select()
      .from(portalUsers)
      .where(and(eq(portalUsers.linkTokenHash, linkTokenHash), gt(portalUsers.linkExpiresAt, sql`now()`)));
    return row;
  },
  /** Sets the password and spends the link in one conditional update: a link works once, even twice at once. */
  async consumeLink(s: SystemScope, linkTokenHash: string, passwordHash: string) {
    const [row] = await s.tx
      .update(portalUsers)
      .set({
        passwordHash,
        passwordSetAt: sql`coalesce(${portalUsers.passwordSetAt}, now())`,
        lastAccessAt: new Date(),
        linkTokenHash: null,
        linkExpiresAt: null,
      })
      .where(and(eq(portalUsers.linkTokenHash, linkTokenHash), gt(portalUsers.linkExpiresAt, sql`now()`)))
      .returning();
    return row;
  },
  /** Login candidates: the portal users of these persons that have a password. */
  async withPassword(s: SystemScope, personIds: string[]) {
    if (!personIds.length) return [];
    return s.tx
      .select()
      .from(portalUsers)
      .where(and(inArray(portalUsers.personId, personIds), isNotNull(portalUsers.passwordHash)));
  },
  async touch(s: SystemScope, id: string) {
    await s.tx.update(portalUsers).set({ lastAccessAt: new Date() }).where(eq(portalUsers.id, id));
  },
};

export const portalSessionsRepo = {
  async insert(s: SystemScope, values: typeof portalSessions.$inferInsert) {
    await s.tx.insert(portalSessions).values(values);
  },
  async bySessionId(s: SystemScope, id: string) {
    const [row] = await s.tx
      .select({ session: portalSessions, user: portalUsers })
      .from(portalSessions)
      .innerJoin(portalUsers, eq(portalUsers.id, portalSessions.portalUserId))
      .where(and(eq(portalSessions.id, id), gt(portalSessions.expiresAt, sql`now()`)));
    return row;
  },
  async remove(s: SystemScope, id: string) {
    await s.tx.delete(portalSessions).where(eq(portalSessions.id, id));
  },
  async removeForUser(s: SystemScope, portalUserId: string) {
    await s.tx.delete(portalSessions).where(eq(portalSessions.portalUserId, portalUserId));
  },
  async purgeExpired(s: SystemScope) {
    await s.tx.delete(portalSessions).where(lt(portalSessions.expiresAt, sql`now()`));
  },
};
