import type { CallView } from '@atende/shared';
import type { Scope } from '../../../platform/db/tenant.js';
import { queueById } from '../../queues/index.js';
import { voiceRepo, type CallRow } from '../voice.repository.js';

/** Calls as the console sees them (VOX-01…VOX-03), with their queues' names and recordings, in few reads. */
export async function callViews(s: Scope, rows: CallRow[]): Promise<CallView[]> {
  const queueIds = [...new Set(rows.map((r) => r.queueId).filter((q): q is string => Boolean(q)))];
  const names = new Map<string, string>();
  for (const id of queueIds) {
    const q = await queueById(s, id);
    if (q) names.set(id, q.name);
  }
  const recorded = await voiceRepo.callIdsWithRecording(
    s,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    attendanceId: r.attendanceId,
    protocol: r.protocol,
    provider: r.provider,
    direction: r.direction,
    state: r.state,
    abandoned: r.abandoned,
    from: r.fromNumber,
    to: r.toNumber,
    queueId: r.queueId,
    queueName: r.queueId ? (names.get(r.queueId) ?? null) : null,
    agentId: r.agentId,
    personId: r.personId,
    callerName: r.callerName ?? (r.fromNumber || null),
    ivr: r.ivr,
    held: r.held,
    muted: r.muted,
    cause: r.cause,
    startedAt: r.startedAt.toISOString(),
    ringingSince: r.ringingSince?.toISOString() ?? null,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    endedAt: r.endedAt?.toISOString() ?? null,
    durationSeconds: r.durationSeconds,
    hasRecording: recorded.has(r.id),
  }));
}

export const callView = async (s: Scope, row: CallRow): Promise<CallView> => (await callViews(s, [row]))[0]!;
