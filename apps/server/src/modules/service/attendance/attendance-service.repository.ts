import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { attendanceSubprocesses, slaInterventions } from '../../../db/schema/attendance-service.js';
import { slaReasons } from '../../../db/schema/service-config.js';
import { users } from '../../../db/schema/tenancy.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { attendanceById, lockAttendance, setServiceData, type AttendanceRow, type ServiceData } from '../../attendances/index.js';

/** Service data only: status, assignee and queue change through the attendances module's named steps. */
export type AttendancePatch = ServiceData;
export type InterventionRow = typeof slaInterventions.$inferSelect;
export type RunRow = typeof attendanceSubprocesses.$inferSelect;

const one = async <T>(q: Promise<T[]>) => (await q)[0];

// Service columns of `attendances` and their side tables (SPEC PAN-01…PAN-04). Every read is under
// RLS, so an id of another organization is simply not found — foreign keys alone would accept it.
export const serviceRepo = {
  byId: (s: Scope, id: string): Promise<AttendanceRow | undefined> => attendanceById(s, id),
  /** Every write locks the attendance first, so concurrent SLA changes queue up and all count. */
  lock: (s: Scope, id: string): Promise<AttendanceRow | undefined> => lockAttendance(s, id),
  update: (s: Scope, id: string, values: AttendancePatch): Promise<AttendanceRow> => setServiceData(s, id, values),

  // --- SLA interventions (PAN-04)
  interventions: (s: Scope, attendanceId: string) =>
    s.tx.select().from(slaInterventions).where(eq(slaInterventions.attendanceId, attendanceId)).orderBy(asc(slaInterventions.createdAt)),
  async addIntervention(s: Scope, values: Omit<typeof slaInterventions.$inferInsert, 'organizationId'>) {
    const [row] = await s.tx
      .insert(slaInterventions)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  openPause: (s: Scope, attendanceId: string) =>
    one(
      s.tx
        .select()
        .from(slaInterventions)
        .where(and(eq(slaInterventions.attendanceId, attendanceId), eq(slaInterventions.kind, 'pause'), isNull(slaInterventions.resumedAt))),
    ),
  async updateIntervention(s: Scope, id: string, values: Partial<typeof slaInterventions.$inferInsert>) {
    await s.tx.update(slaInterventions).set(values).where(eq(slaInterventions.id, id));
  },
  history(s: Scope, attendanceId: string) {
    const creator = alias(users, 'creator');
    const resumer = alias(users, 'resumer');
    return s.tx
      .select({ i: slaInterventions, reasonName: slaReasons.name, createdByName: creator.name, resumedByName: resumer.name })
      .from(slaInterventions)
      .innerJoin(slaReasons, eq(slaReasons.id, slaInterventions.reasonId))
      .leftJoin(creator, eq(creator.id, slaInterventions.createdBy))
      .leftJoin(resumer, eq(resumer.id, slaInterventions.resumedBy))
      .where(eq(slaInterventions.attendanceId, attendanceId))
      .orderBy(desc(slaInterventions.createdAt), desc(slaInterventions.id));
  },

  // --- subprocess runs (PAN-03)
  openRun: (s: Scope, attendanceId: string) =>
    one(
      s.tx
        .select()
        .from(attendanceSubprocesses)
        .where(and(eq(attendanceSubprocesses.attendanceId, attendanceId), isNull(attendanceSubprocesses.endedAt))),
    ),
  async addRun(s: Scope, values: Omit<typeof attendanceSubprocesses.$inferInsert, 'organizationId'>) {
    const [row] = await s.tx
      .insert(attendanceSubprocesses)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  async endRun(s: Scope, id: string, at: Date) {
    await s.tx.update(attendanceSubprocesses).set({ endedAt: at, endedBy: s.actorId }).where(eq(attendanceSubprocesses.id, id));
  },
};
