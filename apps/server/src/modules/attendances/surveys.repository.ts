import { eq, inArray } from 'drizzle-orm';
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
  /** Ratings of many attendances in one query (the history list); unanswered ones are absent. */
  async ratings(s: Scope, attendanceIds: string[]) {
    if (!attendanceIds.length) return new Map<string, number>();
    const rows = await s.tx
      .select({ id: surveys.attendanceId, rating: surveys.rating })
      .from(surveys)
      .where(inArray(surveys.attendanceId, attendanceIds));
    return new Map(rows.flatMap((r) => (r.rating == null ? [] : [[r.id, r.rating] as const])));
  },
  /** The survey link carries only its token: which organization it belongs to is found from it. */
  async byToken(s: SystemScope, token: string) {
    const [row] = await s.tx.select().from(surveys).where(eq(surveys.token, token));
    return row;
  },
  async markSent(s: Scope, attendanceId: string, at: Date) {
    await s.tx.update(surveys).set({ sentAt: at }).where(eq(surveys.attendanceId, attendanceId));
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
