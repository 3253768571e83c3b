import { asc, eq } from 'drizzle-orm';
import { attendanceInformations } from '../../db/schema/knowledge.js';
import { users } from '../../db/schema/tenancy.js';
import type { Scope } from '../../platform/db/tenant.js';

export const informationsRepo = {
  async insert(s: Scope, attendanceId: string, itemId: string, title: string) {
    const [row] = await s.tx
      .insert(attendanceInformations)
      .values({ organizationId: s.organizationId, attendanceId, itemId, title, createdBy: s.actorId })
      .returning();
    return row!;
  },
  ofAttendance: (s: Scope, attendanceId: string) =>
    s.tx
      .select({
        id: attendanceInformations.id,
        itemId: attendanceInformations.itemId,
        title: attendanceInformations.title,
        createdByName: users.name,
        createdAt: attendanceInformations.createdAt,
      })
      .from(attendanceInformations)
      .leftJoin(users, eq(users.id, attendanceInformations.createdBy))
      .where(eq(attendanceInformations.attendanceId, attendanceId))
      .orderBy(asc(attendanceInformations.createdAt)),
};
