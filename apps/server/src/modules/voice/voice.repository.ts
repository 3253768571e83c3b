import { and, asc, count, desc, eq, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import { callbackTasks, callEvents, callRecordings, calls, sipAccounts, voiceSettings } from '../../db/schema/voice.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';

export type CallRow = typeof calls.$inferSelect;
export type NewCall = Omit<typeof calls.$inferInsert, 'organizationId'>;
export type SettingsRow = typeof voiceSettings.$inferSelect;
export type RecordingRow = typeof callRecordings.$inferSelect;
export type CallbackRow = typeof callbackTasks.$inferSelect;

export const voiceRepo = {
  // Settings (VOX-05, VOX-06).
  async settings(s: Scope) {
    const [row] = await s.tx.select().from(voiceSettings);
    return row;
  },
  async insertSettings(s: Scope, ctiToken: string) {
    await s.tx.insert(voiceSettings).values({ organizationId: s.organizationId, ctiToken }).onConflictDoNothing();
    return (await voiceRepo.settings(s))!;
  },
  async updateSettings(s: Scope, values: Partial<Omit<SettingsRow, 'organizationId'>>) {
    const [row] = await s.tx
      .update(voiceSettings)
      .set({ ...values, updatedAt: new Date() })
      .returning();
    return row!;
  },
  /** The organization a CTI token names: tokens are looked up before any tenant is known. */
  async organizationByCtiToken(s: SystemScope, token: string) {
    const [row] = await s.tx.select({ organizationId: voiceSettings.organizationId }).from(voiceSettings).where(eq(voiceSettings.ctiToken, token));
    return row?.organizationId;
  },
  allSettings: (s: SystemScope) => s.tx.select().from(voiceSettings),

  // SIP accounts (VOX-06b).
  async sipAccount(s: Scope, userId: string) {
    const [row] = await s.tx.select().from(sipAccounts).where(eq(sipAccounts.userId, userId));
    return row;
  },
  async saveSipAccount(s: Scope, userId: string, values: { passwordSealed: string | null }) {
    const [row] = await s.tx
      .insert(sipAccounts)
      .values({ organizationId: s.organizationId, userId, ...values })
      .onConflictDoUpdate({ target: sipAccounts.userId, set: { ...values, updatedAt: new Date() } })
      .returning();
    return row!;
  },

  // Calls (VOX-01…VOX-03).
  async insertCall(s: Scope, values: NewCall) {
    const [row] = await s.tx
      .insert(calls)
      .values({ ...values, organizationId: s.organizationId })
      .onConflictDoNothing()
      .returning();
    return row;
  },
  async callById(s: Scope, id: string) {
    const [row] = await s.tx.select().from(calls).where(eq(calls.id, id));
    return row;
  },
  /** The call locked for the rest of the transaction: concurrent events of one call apply one after the other. */
  async lockCall(s: Scope, id: string) {
    const [row] = await s.tx.select().from(calls).where(eq(calls.id, id)).for('update');
    return row;
  },
  async byExternalId(s: Scope, externalId: string) {
    const [row] = await s.tx.select().from(calls).where(eq(calls.externalId, externalId));
    return row;
  },
  async lockByExternalId(s: Scope, externalId: string) {
    const [row] = await s.tx.select().from(calls).where(eq(calls.externalId, externalId)).for('update');
    return row;
  },
  async updateCall(s: Scope, id: string, values: Partial<NewCall>) {
    const [row] = await s.tx.update(calls).set(values).where(eq(calls.id, id)).returning();
    return row!;
  },
  /** Calls of a queue still waiting for an agent, oldest first. */
  waitingInQueue: (s: Scope, queueId: string) =>
    s.tx
      .select()
      .from(calls)
      .where(and(eq(calls.queueId, queueId), eq(calls.state, 'ringing'), eq(calls.direction, 'in'), isNull(calls.agentId)))
      .orderBy(asc(calls.startedAt))
      .for('update'),
  /** Agents with a call ringing at them or in progress: they are "on a call" for routing. */
  async agentsOnCall(s: Scope, userIds: string[]) {
    if (!userIds.length) return new Set<string>();
    const rows = await s.tx
      .select({ agentId: calls.agentId })
      .from(calls)
      .where(and(inArray(calls.agentId, userIds), ne(calls.state, 'ended')));
    return new Set(rows.map((r) => r.agentId!));
  },
  ringingAt: (s: Scope, userId: string) =>
    s.tx
      .select()
      .from(calls)
      .where(and(eq(calls.agentId, userId), eq(calls.state, 'ringing')))
      .orderBy(asc(calls.startedAt)),
  /** "Histórico" (VOX-03): calls started in [from, to), newest first; agents see their own. */
  history: (s: Scope, from: Date, to: Date, agentId: string | null) =>
    s.tx
      .select()
      .from(calls)
      .where(and(gte(calls.startedAt, from), lt(calls.startedAt, to), agentId ? eq(calls.agentId, agentId) : undefined))
      .orderBy(desc(calls.startedAt), desc(calls.id))
      .limit(500),
  async addEvent(s: Scope, callId: string, type: string, data: Record<string, unknown> = {}) {
    await s.tx.insert(callEvents).values({ organizationId: s.organizationId, callId, type, actorId: s.actorId, data });
  },
  events: (s: Scope, callId: string) => s.tx.select().from(callEvents).where(eq(callEvents.callId, callId)).orderBy(asc(callEvents.id)),
  /** PAN-11: calls that ended unanswered since a moment, per queue. */
  async abandonedSince(s: Scope, since: Date) {
    const rows = await s.tx
      .select({ queueId: calls.queueId, n: sql<number>`count(*)::int` })
      .from(calls)
      .where(and(eq(calls.abandoned, true), gte(calls.startedAt, since)))
      .groupBy(calls.queueId);
    return new Map(rows.map((r) => [r.queueId, r.n]));
  },

  // Recordings (VOX-04).
  async insertRecording(s: Scope, values: { callId: string; attendanceId: string | null; sourceUrl: string | null }) {
    const [row] = await s.tx
      .insert(callRecordings)
      .values({ ...values, organizationId: s.organizationId })
      .onConflictDoNothing()
      .returning();
    return row;
  },
  async recordingById(s: Scope, id: string) {
    const [row] = await s.tx.select().from(callRecordings).where(eq(callRecordings.id, id));
    return row;
  },
  async recordingOfCall(s: Scope, callId: string) {
    const [row] = await s.tx.select().from(callRecordings).where(eq(callRecordings.callId, callId));
    return row;
  },
  async callIdsWithRecording(s: Scope, callIds: string[]) {
    if (!callIds.length) return new Set<string>();
    const rows = await s.tx
      .select({ callId: callRecordings.callId })
      .from(callRecordings)
      .where(and(inArray(callRecordings.callId, callIds), eq(callRecordings.status, 'stored')));
    return new Set(rows.map((r) => r.callId));
  },
  async updateRecording(s: Scope, id: string, values: Partial<typeof callRecordings.$inferInsert>) {
    const [row] = await s.tx.update(callRecordings).set(values).where(eq(callRecordings.id, id)).returning();
    return row;
  },
  expiredRecordings: (s: Scope, before: Date) => s.tx.select().from(callRecordings).where(lt(callRecordings.createdAt, before)).limit(500),
  deleteRecording: (s: Scope, id: string) => s.tx.delete(callRecordings).where(eq(callRecordings.id, id)),

  // Call-back tasks (SAC).
  async insertCallback(s: Scope, values: Pick<CallbackRow, 'callId' | 'attendanceId' | 'queueId' | 'number'>) {
    const [row] = await s.tx
      .insert(callbackTasks)
      .values({ ...values, organizationId: s.organizationId })
      .onConflictDoNothing()
      .returning();
    return row;
  },
  callbacks: (s: Scope, status: 'open' | 'done' | undefined) =>
    s.tx
      .select()
      .from(callbackTasks)
      .where(status ? eq(callbackTasks.status, status) : undefined)
      .orderBy(desc(callbackTasks.createdAt))
      .limit(500),
  /** The call-back tasks of these attendances, newest first (SPEC PER-04 "Agendamentos"). */
  /** SPEC PER-04: one page of the call-backs of these attendances, newest first, with the total. */
  async callbacksOfAttendances(s: Scope, attendanceIds: string[], limit: number, offset: number) {
    if (!attendanceIds.length) return { rows: [], total: 0 };
    const where = inArray(callbackTasks.attendanceId, attendanceIds);
    const rows = await s.tx
      .select()
      .from(callbackTasks)
      .where(where)
      .orderBy(desc(callbackTasks.createdAt), desc(callbackTasks.id))
      .limit(limit)
      .offset(offset);
    const [total] = await s.tx.select({ n: count() }).from(callbackTasks).where(where);
    return { rows, total: total?.n ?? 0 };
  },
  async completeCallback(s: Scope, id: string, at: Date) {
    const [row] = await s.tx.update(callbackTasks).set({ status: 'done', doneAt: at, doneBy: s.actorId }).where(eq(callbackTasks.id, id)).returning();
    return row;
  },
};
