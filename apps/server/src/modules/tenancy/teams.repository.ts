import { asc, eq, sql } from 'drizzle-orm';
import { teamMembers, teams, users } from '../../db/schema/tenancy.js';
import type { Scope } from '../../platform/db/tenant.js';

export type TeamRow = typeof teams.$inferSelect & { memberIds: string[] };

export const teamsRepo = {
  async list(s: Scope): Promise<TeamRow[]> {
    const rows = await s.tx.select().from(teams).orderBy(asc(teams.name));
    const members = await s.tx.select().from(teamMembers);
    return rows.map((t) => ({ ...t, memberIds: members.filter((m) => m.teamId === t.id).map((m) => m.userId) }));
  },
  async byId(s: Scope, id: string): Promise<TeamRow | undefined> {
    const [row] = await s.tx.select().from(teams).where(eq(teams.id, id));
    if (!row) return undefined;
    const members = await s.tx.select().from(teamMembers).where(eq(teamMembers.teamId, id));
    return { ...row, memberIds: members.map((m) => m.userId) };
  },
  async insert(s: Scope, values: { name: string; description: string | null }) {
    const [row] = await s.tx
      .insert(teams)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async update(s: Scope, id: string, values: { name?: string; description?: string | null }) {
    if (Object.keys(values).length === 0) return;
    await s.tx.update(teams).set(values).where(eq(teams.id, id));
  },
  async remove(s: Scope, id: string) {
    const rows = await s.tx.delete(teams).where(eq(teams.id, id)).returning({ id: teams.id });
    return rows.length > 0;
  },
  /** Replaces the member list; returns how many of the ids are users of this organization. */
  async setMembers(s: Scope, teamId: string, userIds: string[]) {
    const unique = [...new Set(userIds)];
    if (unique.length) {
      // RLS hides other organizations' users, so a foreign id simply is not found here.
      const found = await s.tx
        .select({ id: users.id })
        .from(users)
        .where(sql`${users.id} in ${unique}`);
      if (found.length !== unique.length) return false;
    }
    await s.tx.delete(teamMembers).where(eq(teamMembers.teamId, teamId));
    if (unique.length) {
      await s.tx.insert(teamMembers).values(unique.map((userId) => ({ teamId, userId, organizationId: s.organizationId })));
    }
    return true;
  },
};
