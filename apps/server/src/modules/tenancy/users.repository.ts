import { and, asc, eq, ilike, ne, or, sql } from 'drizzle-orm';
import { teamMembers, users } from '../../db/schema/tenancy.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = Omit<typeof users.$inferInsert, 'organizationId'>;

export const usersRepo = {
  async list(s: Scope, opts: { search?: string; includeInactive?: boolean }) {
    const filters = [];
    if (!opts.includeInactive) filters.push(eq(users.active, true));
    if (opts.search) {
      const like = `%${opts.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      filters.push(or(ilike(users.name, like), ilike(users.email, like)));
    }
    return s.tx
      .select()
      .from(users)
      .where(and(...filters))
      .orderBy(asc(users.name));
  },
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(users).where(eq(users.id, id));
    return row;
  },
  async insert(s: Scope, values: NewUser) {
    const [row] = await s.tx
      .insert(users)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async update(s: Scope, id: string, values: Partial<NewUser>) {
    const [row] = await s.tx
      .update(users)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(users.id, id))
      .returning();
    return row;
  },
  async countActiveAdmins(s: Scope, exceptId: string) {
    const [row] = await s.tx
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, exceptId)));
    return row?.n ?? 0;
  },
  async teamIdsByUser(s: Scope, userIds: string[]) {
    if (!userIds.length) return new Map<string, string[]>();
    const rows = await s.tx
      .select()
      .from(teamMembers)
      .where(sql`${teamMembers.userId} in ${userIds}`);
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r.teamId]);
    return map;
  },
  /** Login looks users up before any tenant is known: a system read of every user with the e-mail, one per organization at most. */
  async byEmailForLogin(s: SystemScope, email: string) {
    return s.tx.select().from(users).where(eq(users.email, email)).orderBy(asc(users.createdAt));
  },
};
