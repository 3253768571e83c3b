import { asc, eq } from 'drizzle-orm';
import { attendanceFormAnswers, attendanceForms } from '../../db/schema/knowledge.js';
import type { Scope } from '../../platform/db/tenant.js';

export type FormRow = typeof attendanceForms.$inferSelect;
type Values = Partial<Pick<FormRow, 'name' | 'icon' | 'group' | 'fields' | 'roles' | 'active'>>;

export const formsRepo = {
  list: (s: Scope) => s.tx.select().from(attendanceForms).orderBy(asc(attendanceForms.group), asc(attendanceForms.name)),
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(attendanceForms).where(eq(attendanceForms.id, id));
    return row;
  },
  async insert(s: Scope, values: Values & Pick<FormRow, 'name' | 'fields'>) {
    const [row] = await s.tx
      .insert(attendanceForms)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async update(s: Scope, id: string, values: Values) {
    const [row] = await s.tx
      .update(attendanceForms)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(attendanceForms.id, id))
      .returning();
    return row;
  },
  answersOf: (s: Scope, attendanceId: string) =>
    s.tx.select().from(attendanceFormAnswers).where(eq(attendanceFormAnswers.attendanceId, attendanceId)),
  async saveAnswers(s: Scope, attendanceId: string, formId: string, answers: Record<string, string | number | boolean | null>) {
    await s.tx
      .insert(attendanceFormAnswers)
      .values({ organizationId: s.organizationId, attendanceId, formId, answers, updatedBy: s.actorId })
      .onConflictDoUpdate({
        target: [attendanceFormAnswers.attendanceId, attendanceFormAnswers.formId],
        set: { answers, updatedBy: s.actorId, updatedAt: new Date() },
      });
  },
};
