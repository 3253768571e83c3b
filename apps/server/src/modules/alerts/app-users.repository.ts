import { and, count, eq, gt, ilike, lt, max, or, sql } from 'drizzle-orm';
import { alertAppSessions, alertAppUsers, alerts } from '../../db/schema/alerts.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';

export type AppUserRow = typeof alertAppUsers.$inferSelect;
type Values = Partial<Pick<AppUserRow, 'name' | 'cpf' | 'phone' | 'email' | 'teamId' | 'active'>>;

// SPEC ALR-07: the organization's app users. Login and first access look them up before any tenant
// is known (system scope, like staff sessions); everything else is tenant-scoped.
export const appUsersRepo = {
  async list(s: Scope, filter: { search?: string; active?: boolean }) {
    const conds = [];
    if (filter.active !== undefined) conds.push(eq(alertAppUsers.active, filter.active));
    if (filter.search) {
      const digits = filter.search.replace(/\D/g, '');
      const like = `%${filter.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      conds.push(
        or(
          ilike(alertAppUsers.name, like),
          ilike(alertAppUsers.email, like),
          ...(digits.length >= 3 ? [ilike(alertAppUsers.cpf, `%${digits}%`), ilike(alertAppUsers.phone, `%${digits}%`)] : []),
        )!,
      );
    }
    const stats = s.tx
      .select({ appUserId: alerts.appUserId, n: count().as('n'), last: max(alerts.firedAt).as('last') })
      .from(alerts)
      .groupBy(alerts.appUserId)
      .as('stats');
    return s.tx
      .select({ user: alertAppUsers, alertCount: sql<number>`coalesce(${stats.n}, 0)::int`, lastAlertAt: stats.last })
      .from(alertAppUsers)
      .leftJoin(stats, eq(stats.appUserId, alertAppUsers.id))
      .where(conds.length ? and(...conds) : undefined)
      .orderBy(alertAppUsers.name)
      .limit(500);
  },
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(alertAppUsers).where(eq(alertAppUsers.id, id));
    return row;
  },
  async insert(s: Scope, values: Values & Pick<AppUserRow, 'name' | 'cpf'>) {
    const [row] = await s.tx
      .insert(alertAppUsers)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async update(s: Scope, id: string, values: Values & { passwordHash?: string }) {
    const [row] = await s.tx
      .update(alertAppUsers)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(alertAppUsers.id, id))
      .returning();
    return row;
  },
  async setInvite(s: Scope, id: string, hash: string, expiresAt: Date) {
    await s.tx.update(alertAppUsers).set({ firstAccessTokenHash: hash, firstAccessExpiresAt: expiresAt }).where(eq(alertAppUsers.id, id));
  },
  /** Login candidates, before the tenant is known: every app user with this CPF or e-mail. */
  byLogin(s: SystemScope, login: { cpf?: string; email?: string }) {
    return s.tx
      .select()
      .from(alertAppUsers)
      .where(login.cpf ? eq(alertAppUsers.cpf, login.cpf) : eq(alertAppUsers.email, login.email ?? ''));
  },
  /**
   * Consumes a first-access token: sets the password and clears the token in one conditional update,
   * so a token works once even if used twice at the same moment.
   */
  async consumeInvite(s: SystemScope, tokenHash: string, passwordHash: string) {
    const [row] = await s.tx
      .update(alertAppUsers)
      .set({ passwordHash, firstAccessTokenHash: null, firstAccessExpiresAt: null, updatedAt: new Date() })
      .where(and(eq(alertAppUsers.firstAccessTokenHash, tokenHash), gt(alertAppUsers.firstAccessExpiresAt, sql`now()`)))
      .returning();
    return row;
  },
  async byInvite(s: SystemScope, tokenHash: string) {
    const [row] = await s.tx
      .select()
      .from(alertAppUsers)
      .where(and(eq(alertAppUsers.firstAccessTokenHash, tokenHash), gt(alertAppUsers.firstAccessExpiresAt, sql`now()`)));
    return row;
  },
};

export const appSessionsRepo = {
  async insert(s: SystemScope, values: typeof alertAppSessions.$inferInsert) {
    await s.tx.insert(alertAppSessions).values(values);
  },
  async bySessionId(s: SystemScope, id: string) {
    const [row] = await s.tx
      .select({ session: alertAppSessions, user: alertAppUsers })
      .from(alertAppSessions)
      .innerJoin(alertAppUsers, eq(alertAppUsers.id, alertAppSessions.appUserId))
      .where(and(eq(alertAppSessions.id, id), gt(alertAppSessions.expiresAt, sql`now()`), eq(alertAppUsers.active, true)));
    return row;
  },
  async remove(s: SystemScope, id: string) {
    await s.tx.delete(alertAppSessions).where(eq(alertAppSessions.id, id));
  },
  async purgeExpired(s: SystemScope) {
    await s.tx.delete(alertAppSessions).where(lt(alertAppSessions.expiresAt, sql`now()`));
  },
  async removeForUser(s: Scope, appUserId: string) {
    await s.tx.delete(alertAppSessions).where(eq(alertAppSessions.appUserId, appUserId));
  },
};
