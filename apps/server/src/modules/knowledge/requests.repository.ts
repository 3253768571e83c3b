import type { RequestStatus } from '@atende/shared';
import { and, count, desc, eq, gte, inArray, like, lt, not, or, type SQL } from 'drizzle-orm';
import { requestComments, requests } from '../../db/schema/knowledge.js';
import { teamMembers, users } from '../../db/schema/tenancy.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';

export type RequestRow = typeof requests.$inferSelect;
type Writable = Partial<Pick<RequestRow, 'status' | 'assigneeId' | 'teamId'>>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export type RequestFilter = {
  status?: RequestStatus;
  teamId?: string;
  personId?: string;
  q?: string;
  attendanceId?: string;
  late?: 'true' | 'false';
};

/** SPEC KB-01 "Atrasada" in SQL (the same rule as requests.view's isLate). */
const lateSql = (now: Date) => and(inArray(requests.status, ['open', 'in_progress']), lt(requests.dueAt, now));

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
    return s.tx
      .select()
      .from(requests)
      .where(this.where(s, f, mineFor))
      .orderBy(desc(requests.createdAt), desc(requests.id))
      .limit(500);
  },
  /** SPEC PER-04: one page of `list`, with the total. */
  async page(s: Scope, f: RequestFilter, mineFor: string | undefined, limit: number, offset: number) {
    const where = this.where(s, f, mineFor);
    const rows = await s.tx.select().from(requests).where(where).orderBy(desc(requests.createdAt), desc(requests.id)).limit(limit).offset(offset);
    const [total] = await s.tx.select({ n: count() }).from(requests).where(where);
    return { rows, total: total?.n ?? 0 };
  },
  where(s: Scope, f: RequestFilter, mineFor?: string) {
    const where: (SQL | undefined)[] = [];
    if (f.status) where.push(eq(requests.status, f.status));
    if (f.teamId) where.push(eq(requests.teamId, f.teamId));
    if (f.personId) where.push(eq(requests.personId, f.personId));
    if (f.attendanceId) where.push(eq(requests.attendanceId, f.attendanceId));
    if (f.late === 'true') where.push(lateSql(new Date()));
    if (f.late === 'false') where.push(or(not(inArray(requests.status, ['open', 'in_progress'])), gte(requests.dueAt, new Date())));
    if (f.q) where.push(or(like(requests.protocol, `%${escapeLike(f.q)}%`), like(requests.title, `%${escapeLike(f.q)}%`)));
    if (mineFor) {
      const teams = s.tx.select({ id: teamMembers.teamId }).from(teamMembers).where(eq(teamMembers.userId, mineFor));
      where.push(or(inArray(requests.teamId, teams), eq(requests.assigneeId, mineFor), eq(requests.createdBy, mineFor)));
    }
    return and(...where);
  },
  async isMember(s: Scope, teamId: string, userId: string) {
    const [row] = await s.tx
      .select({ id: teamMembers.teamId })
      .from(teamMembers)
      .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)));
    return Boolean(row);
  },
  async addComment(s: Scope, requestId: string, body: string, delivery?: { via: 'email' | 'channel'; to: string }) {
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
