import type { RequestStatus } from '@atende/shared';
import { and, desc, eq, inArray, like, or, type SQL } from 'drizzle-orm';
import { requestComments, requests } from '../../db/schema/knowledge.js';
import { teamMembers, users } from '../../db/schema/tenancy.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';

export type RequestRow = typeof requests.$inferSelect;
type Writable = Partial<Pick<RequestRow, 'status' | 'assigneeId' | 'teamId'>>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export type RequestFilter = { status?: RequestStatus; teamId?: string; personId?: string; q?: string; attendanceId?: string };

export const requestsRepo = {
  async insert(s: Scope, values: Omit<typeof requests.$inferInsert, 'id' | 'organizationId' | 'createdBy'>) {
    const [row] = await s.tx
      .insert(requests)
      .values({ ...values, organizationId: s.organizationId, createdBy: s.actorId })
      .returning();
    return row!;
  },
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(requests).where(eq(requests.id, id));
    return row;
  },
  /** SPEC PLT-05: in the system scope, the requests of every organization with this protocol. */
  byProtocol: (s: SystemScope, protocol: string) => s.tx.select().from(requests).where(eq(requests.protocol, protocol)).limit(20),
  async lock(s: Scope, id: string) {
    const [row] = await s.tx.select().from(requests).where(eq(requests.id, id)).for('update');
    return row;
  },
  async update(s: Scope, id: string, values: Writable) {
    const [row] = await s.tx
      .update(requests)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(requests.id, id))
      .returning();
    return row!;
  },
  /** Newest first; `mineFor` limits to the user's teams, assigned to them or registered by them. */
  list(s: Scope, f: RequestFilter, mineFor?: string) {
    const where: (SQL | undefined)[] = [];
    if (f.status) where.push(eq(requests.status, f.status));
    if (f.teamId) where.push(eq(requests.teamId, f.teamId));
    if (f.personId) where.push(eq(requests.personId, f.personId));
    if (f.attendanceId) where.push(eq(requests.attendanceId, f.attendanceId));
    if (f.q) where.push(or(like(requests.protocol, `%${escapeLike(f.q)}%`), like(requests.title, `%${escapeLike(f.q)}%`)));
    if (mineFor) {
      const teams = s.tx.select({ id: teamMembers.teamId }).from(teamMembers).where(eq(teamMembers.userId, mineFor));
      where.push(or(inArray(requests.teamId, teams), eq(requests.assigneeId, mineFor), eq(requests.createdBy, mineFor)));
    }
    return s.tx
      .select()
      .from(requests)
      .where(and(...where))
      .orderBy(desc(requests.createdAt))
      .limit(500);
  },
  async isMember(s: Scope, teamId: string, userId: string) {
    const [row] = await s.tx
      .select({ id: teamMembers.teamId })
      .from(teamMembers)
      .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
    return Boolean(row);
  },
  async addComment(s: Scope, requestId: string, body: string, delivery?: { via: 'email'; to: string }) {
    await s.tx
      .insert(requestComments)
      .values({ organizationId: s.organizationId, requestId, body, authorId: s.actorId, deliveredVia: delivery?.via, deliveredTo: delivery?.to });
  },
  comments: (s: Scope, requestId: string) =>
    s.tx
      .select({
        id: requestComments.id,
        body: requestComments.body,
        authorName: users.name,
        deliveredVia: requestComments.deliveredVia,
        deliveredTo: requestComments.deliveredTo,
        createdAt: requestComments.createdAt,
      })
      .from(requestComments)
      .leftJoin(users, eq(users.id, requestComments.authorId))
      .where(eq(requestComments.requestId, requestId))
      .orderBy(requestComments.createdAt),
};
