import { eq } from 'drizzle-orm';
import { surveys } from '../../db/schema/attendances.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';

export const surveysRepo = {
  async create(s: Scope, attendanceId: string, token: string) {
    await s.tx.insert(surveys).values({ attendanceId, organizationId: s.organizationId, token }).onConflictDoNothing();
    const [row] = await s.tx.select().from(surveys).where(eq(surveys.attendanceId, attendanceId));
    return row!;
  },
  async byAttendance(s: Scope, attendanceId: string) {
    const [row] = await s.tx.select().from(surveys).where(eq(surveys.attendanceId, attendanceId));
    return row;
  },
  /** The survey link carries only its token: which organization it belongs to is found from it. */
  async byToken(s: SystemScope, token: string) {
    const [row] = await s.tx.select().from(surveys).where(eq(surveys.token, token));
    return row;
  },
  async answer(s: Scope, attendanceId: string, rating: number, comment: string) {
    const rows = await s.tx
      .update(surveys)
      .set({ rating, comment, answeredAt: new Date() })
      .where(eq(surveys.attendanceId, attendanceId))
      .returning();
    return rows[0];
  },
};
