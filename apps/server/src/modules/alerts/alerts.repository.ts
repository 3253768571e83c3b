import { and, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { alerts } from '../../db/schema/alerts.js';
import { users } from '../../db/schema/tenancy.js';
import type { Scope } from '../../platform/db/tenant.js';

export type AlertRow = typeof alerts.$inferSelect;
/** An alert with its assignee's name, as views need it. */
export type AlertWithAssignee = AlertRow & { assigneeName: string | null };

const withAssignee = (s: Scope) =>
  s.tx.select({ alert: alerts, assigneeName: users.name }).from(alerts).leftJoin(users, eq(users.id, alerts.assigneeId));

const flat = (rows: { alert: AlertRow; assigneeName: string | null }[]): AlertWithAssignee[] =>
  rows.map((r) => ({ ...r.alert, assigneeName: r.assigneeName }));

export type AlertFilter = { from?: Date; to?: Date; level?: AlertRow['level']; state?: AlertRow['state']; teamIds?: string[]; appUserId?: string };

function where(f: AlertFilter): SQL | undefined {
  const conds: SQL[] = [];
  if (f.from) conds.push(gte(alerts.firedAt, f.from));
  if (f.to) conds.push(lte(alerts.firedAt, f.to));
  if (f.level) conds.push(eq(alerts.level, f.level));
  if (f.state) conds.push(eq(alerts.state, f.state));
  if (f.appUserId) conds.push(eq(alerts.appUserId, f.appUserId));
  if (f.teamIds) conds.push(f.teamIds.length ? inArray(alerts.teamId, f.teamIds) : sql`false`);
  return conds.length ? and(...conds) : undefined;
}

export const alertsRepo = {
  async byId(s: Scope, id: string) {
    return flat(await withAssignee(s).where(eq(alerts.id, id)))[0];
  },
  async byClientId(s: Scope, appUserId: string, clientId: string) {
    return flat(await withAssignee(s).where(and(eq(alerts.appUserId, appUserId), eq(alerts.clientId, clientId))))[0];
  },
  async list(s: Scope, f: AlertFilter, limit = 500) {
    return flat(await withAssignee(s).where(where(f)).orderBy(desc(alerts.firedAt)).limit(limit));
  },
  /** Per level, for the same filter without the level (the panel's counters, ALR-06). */
  async counts(s: Scope, f: AlertFilter) {
    const rows = await s.tx
      .select({ level: alerts.level, n: sql<number>`count(*)::int` })
      .from(alerts)
      .where(where({ ...f, level: undefined }))
      .groupBy(alerts.level);
    const out = { green: 0, yellow: 0, red: 0 };
    for (const r of rows) out[r.level] = Number(r.n);
    return out;
  },
  /** Inserts unless this user already sent this clientId (offline resend): undefined then. */
  async insert(s: Scope, values: Omit<typeof alerts.$inferInsert, 'organizationId'>) {
    const [row] = await s.tx
      .insert(alerts)
      .values({ ...values, organizationId: s.organizationId })
      .onConflictDoNothing({ target: [alerts.organizationId, alerts.appUserId, alerts.clientId] })
      .returning({ id: alerts.id });
    return row?.id;
  },
  /** Sets receivedAt once; true when this call set it. */
  async markSeen(s: Scope, id: string) {
    const rows = await s.tx
      .update(alerts)
      .set({ receivedAt: sql`now()` })
      .where(and(eq(alerts.id, id), isNull(alerts.receivedAt)))
      .returning({ id: alerts.id });
    return rows.length > 0;
  },
  /** new → in_progress, only if still new: of concurrent assumes exactly one updates the row. */
  async assume(s: Scope, id: string, userId: string) {
    const rows = await s.tx
      .update(alerts)
      .set({ state: 'in_progress', assigneeId: userId, assignedAt: sql`now()`, receivedAt: sql`coalesce(${alerts.receivedAt}, now())` })
      .where(and(eq(alerts.id, id), eq(alerts.state, 'new')))
      .returning({ id: alerts.id });
    return rows.length > 0;
  },
  async close(s: Scope, id: string, userId: string, note: string) {
    const rows = await s.tx
      .update(alerts)
      .set({
        state: 'closed',
        closedAt: sql`now()`,
        closedBy: userId,
        closingNote: note,
        receivedAt: sql`coalesce(${alerts.receivedAt}, now())`,
      })
      .where(and(eq(alerts.id, id), sql`${alerts.state} <> 'closed'`))
      .returning({ id: alerts.id });
    return rows.length > 0;
  },
  /** Attaches the voice note once; false when the alert already has one. */
  async setVoiceNote(s: Scope, id: string, note: { key: string; mime: string; size: number }) {
    const rows = await s.tx
      .update(alerts)
      .set({ voiceNoteKey: note.key, voiceNoteMime: note.mime, voiceNoteSize: note.size })
      .where(and(eq(alerts.id, id), isNull(alerts.voiceNoteKey)))
      .returning({ id: alerts.id });
    return rows.length > 0;
  },
};
