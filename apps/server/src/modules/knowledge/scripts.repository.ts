import { asc, eq } from 'drizzle-orm';
import { attendanceScripts } from '../../db/schema/knowledge.js';
import type { Scope } from '../../platform/db/tenant.js';

export type ScriptRow = typeof attendanceScripts.$inferSelect;
type Values = Partial<Pick<ScriptRow, 'title' | 'body' | 'companyIds' | 'active'>>;

export const scriptsRepo = {
  list: (s: Scope) => s.tx.select().from(attendanceScripts).orderBy(asc(attendanceScripts.title)),
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(attendanceScripts).where(eq(attendanceScripts.id, id));
    return row;
  },
  async insert(s: Scope, values: Values & Pick<ScriptRow, 'title' | 'body'>) {
    const [row] = await s.tx
      .insert(attendanceScripts)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async update(s: Scope, id: string, values: Values) {
    const [row] = await s.tx
      .update(attendanceScripts)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(attendanceScripts.id, id))
      .returning();
    return row;
  },
  async remove(s: Scope, id: string) {
    return (await s.tx.delete(attendanceScripts).where(eq(attendanceScripts.id, id)).returning({ id: attendanceScripts.id })).length > 0;
  },
};
