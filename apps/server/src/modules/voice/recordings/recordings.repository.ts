import { foldText, type RecordingsQuery } from '@atende/shared';
import { and, desc, eq, gte, isNotNull, like, lt, sql, type SQL } from 'drizzle-orm';
import { callRecordings, calls } from '../../../db/schema/voice.js';
import type { Scope } from '../../../platform/db/tenant.js';

export const RECORDINGS_PAGE_SIZE = 20;

/**
 * "Gravações" (VOX-04, ALR-05): stored recordings with their call, newest first. `q` matches the
 * caller's name accent-insensitively or their number's digits; agents see the calls they took.
 * `source: 'alert-app'` keeps the calls placed by Canal de Alertas app users (ALR-05).
 */
export async function recordingsPage(s: Scope, query: RecordingsQuery, agentId: string | null) {
  const where: SQL[] = [eq(callRecordings.status, 'stored')];
  const q = query.q?.trim();
  if (q) {
    const digits = q.replace(/\D/g, '');
    const folded = foldText(q);
    const escape = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);
    const terms = [like(calls.callerSearch, `%${escape(folded)}%`)];
    if (digits.length >= 3) terms.push(like(calls.callerSearch, `%${digits}%`));
    where.push(terms.length > 1 ? sql`(${terms[0]} or ${terms[1]})` : terms[0]!);
  }
  if (query.from) where.push(gte(calls.startedAt, new Date(query.from)));
  if (query.to) where.push(lt(calls.startedAt, new Date(query.to)));
  if (agentId) where.push(eq(calls.agentId, agentId));
  if (query.source === 'alert-app') where.push(isNotNull(calls.appUserId));
  const filter = and(...where);
  const [{ total } = { total: 0 }] = await s.tx
    .select({ total: sql<number>`count(*)::int` })
    .from(callRecordings)
    .innerJoin(calls, eq(calls.id, callRecordings.callId))
    .where(filter);
  const rows = await s.tx
    .select({
      id: callRecordings.id,
      attendanceId: callRecordings.attendanceId,
      protocol: calls.protocol,
      callerName: calls.callerName,
      personId: calls.personId,
      appUserId: calls.appUserId,
      from: calls.fromNumber,
      durationSeconds: calls.durationSeconds,
      startedAt: calls.startedAt,
    })
    .from(callRecordings)
    .innerJoin(calls, eq(calls.id, callRecordings.callId))
    .where(filter)
    .orderBy(desc(calls.startedAt), desc(callRecordings.id))
    .limit(RECORDINGS_PAGE_SIZE)
    .offset((query.page - 1) * RECORDINGS_PAGE_SIZE);
  return {
    items: rows.map((r) => ({ ...r, callerName: r.callerName ?? (r.from || null), startedAt: r.startedAt.toISOString() })),
    total,
    page: query.page,
    pageSize: RECORDINGS_PAGE_SIZE,
  };
}

/** One stored recording with the call's agent (who may play it). */
export async function recordingWithCall(s: Scope, id: string) {
  const [row] = await s.tx
    .select({ recording: callRecordings, agentId: calls.agentId })
    .from(callRecordings)
    .innerJoin(calls, eq(calls.id, callRecordings.callId))
    .where(and(eq(callRecordings.id, id), eq(callRecordings.status, 'stored')));
  return row;
}

/** A stored recording of the current organization, without the caller's access check (signed links). */
export async function recordingOfOrganization(s: Scope, id: string) {
  const [row] = await s.tx
    .select()
    .from(callRecordings)
    .where(and(eq(callRecordings.id, id), eq(callRecordings.status, 'stored')));
  return row;
}
