import { foldText } from '@atende/shared';
import type { Scope } from '../../../platform/db/tenant.js';
import type { Platform } from '../../../platform/platform.js';
import {
  assignAttendance,
  closeUnansweredCall,
  lockAttendance,
  openAttendance,
  releaseAttendance,
  startService,
  takeAttendance,
} from '../../attendances/index.js';
import { findPersonForCall } from '../../persons/index.js';
import { touchAgentRouting } from '../../routing/index.js';
import { settingsOf } from '../settings.js';
import { voiceRepo, type CallRow } from '../voice.repository.js';
import { nextCallState } from './call-state.js';

// The steps of a call (SPEC VOX-01…VOX-03), shared by the built-in path, the CTI API and the agent's
// buttons. Each runs in the caller's transaction on a locked call, moves the attendance through its
// lifecycle (ATT-01…ATT-07) and emits `call.changed`, which pushes to consoles and rings agents.

export const RING_TIMEOUT_JOB = 'voice.ring-timeout';
export type RingTimeoutJob = { organizationId: string; callId: string; ringSeq: number };

type Changed = { kind: 'queued' | 'ringing' | 'answered' | 'ended' | 'updated'; previousAgentId?: string | null };
export async function emitCallChanged(platform: Platform, s: Scope, call: CallRow, change: Changed) {
  await platform.events.emit(s, 'call.changed', {
    callId: call.id,
    kind: change.kind,
    agentId: call.agentId,
    previousAgentId: change.previousAgentId ?? null,
    queueId: call.queueId,
  });
}

export type OpenCallInput = {
  provider: 'builtin' | 'cti';
  externalId: string | null;
  direction: 'in' | 'out';
  from: string;
  to: string;
  queueId: string | null;
  /** Outbound: the agent who dials. */
  agentId: string | null;
  ivr: Record<string, string>;
  /** A person the dialer already knows (click-to-call from a person card). */
  personId?: string | null;
  personName?: string | null;
  /** ALR-05: the alert app user calling (built-in calls from the Canal de Alertas app). */
  appUserId?: string | null;
};

/**
 * A new call and its attendance (channel "voice", origin "Telefônico" by PAN-02's defaults). The
 * person is found by the caller's number or the IVR's fields (PER-01, VOX-07). Inbound calls wait
 * in their queue to be rung; outbound calls belong to their agent at once. Undefined when a
 * concurrent request created the same PBX call first.
 */
export async function openCall(platform: Platform, s: Scope, input: OpenCallInput, now: Date): Promise<CallRow | undefined> {
  const contactNumber = input.direction === 'in' ? input.from : input.to;
  const person = input.personId ? { id: input.personId, name: input.personName ?? null } : await findPersonForCall(s, contactNumber, input.ivr);
  // A built-in caller names themselves (the web chat's form) even when no person is found.
  const callerName = person?.name ?? input.personName ?? input.ivr.name ?? input.ivr.nome ?? null;
  const call = await voiceRepo.insertCall(s, {
    provider: input.provider,
    externalId: input.externalId,
    direction: input.direction,
    fromNumber: input.from,
    toNumber: input.to,
    queueId: input.queueId,
    agentId: input.agentId,
    personId: person?.id ?? null,
    appUserId: input.appUserId ?? null,
    callerName,
    callerSearch: [callerName ? foldText(callerName) : '', contactNumber.replace(/\D/g, '')].join(' ').trim(),
    ivr: input.ivr,
    startedAt: now,
    ringingSince: input.agentId ? now : null,
  });
  if (!call) return undefined;
  const attendance = await openAttendance(platform, s, {
    channelId: null,
    channelType: 'voice',
    queueId: input.queueId,
    // A web visitor without a phone is known by name only: no name is ever stored as a phone.
    contact: { ...(/\d/.test(contactNumber) ? { phone: contactNumber } : {}), ...(callerName ? { name: callerName } : {}) },
    contactIdentity: contactNumber || null,
    personId: person?.id ?? null,
    priority: 0,
  });
  if (input.agentId) await assignAttendance(platform, s, attendance.id, input.agentId, now);
  const row = await voiceRepo.updateCall(s, call.id, { attendanceId: attendance.id });
  await voiceRepo.addEvent(s, row.id, 'created', { direction: row.direction, from: row.fromNumber, to: row.toNumber, ivr: row.ivr });
  await emitCallChanged(platform, s, row, { kind: input.agentId ? 'ringing' : 'queued' });
  return row;
}

/** VOX-01: the call rings at this agent until they answer or the organization's ring timeout passes. */
export async function offerCall(platform: Platform, s: Scope, call: CallRow, agentId: string, now: Date, newRound: boolean) {
  const row = await voiceRepo.updateCall(s, call.id, {
    agentId,
    ringingSince: now,
    ringSeq: call.ringSeq + 1,
    ...(newRound ? { missedAgentIds: [] } : {}),
  });
  if (row.attendanceId) await assignAttendance(platform, s, row.attendanceId, agentId, now);
  await touchAgentRouting(s, agentId, 'lastAssignedAt', now);
  await voiceRepo.addEvent(s, row.id, 'ringing', { userId: agentId });
  await emitCallChanged(platform, s, row, { kind: 'ringing' });
  const { ringTimeoutSeconds } = await settingsOf(s);
  await platform.jobs.sendInTx(
    s,
    RING_TIMEOUT_JOB,
    { organizationId: s.organizationId, callId: row.id, ringSeq: row.ringSeq } satisfies RingTimeoutJob,
    {
      startAfter: ringTimeoutSeconds,
    },
  );
  return row;
}

/** A ring nobody answered: the agent is skipped for this call and it waits for the next one. */
export async function missRing(platform: Platform, s: Scope, call: CallRow, now: Date) {
  const missed = call.agentId!;
  const row = await voiceRepo.updateCall(s, call.id, { agentId: null, ringingSince: null, missedAgentIds: [...call.missedAgentIds, missed] });
  if (row.attendanceId) {
    const a = await lockAttendance(s, row.attendanceId);
    // Back to waiting through the lifecycle's own step ("release"); the voice dispatcher rings the next agent.
    if (a?.status === 'assigned') await releaseAttendance(platform, s, a, 'ring_timeout');
  }
  await voiceRepo.addEvent(s, row.id, 'ring_missed', { userId: missed, at: now.toISOString() });
  await emitCallChanged(platform, s, row, { kind: 'queued', previousAgentId: missed });
  return row;
}

/** VOX-02, ATT-01: the agent answers: the attendance is theirs and in progress, with its protocol. */
export async function answerCall(platform: Platform, s: Scope, call: CallRow, agentId: string | null, now: Date): Promise<CallRow> {
  const t = nextCallState(call, { type: 'answer', at: now });
  if (!t.changed) return call;
  const by = agentId ?? call.agentId;
  let protocol = call.protocol;
  if (call.attendanceId && by) {
    let a = await lockAttendance(s, call.attendanceId);
    if (a && a.status !== 'finished') {
      if (a.status === 'waiting' || a.assigneeId !== by) a = await takeAttendance(platform, s, a, by, now);
      if (a.status !== 'in_progress') a = await startService(platform, s, a, by, now);
      protocol = a.protocol;
    }
  }
  const row = await voiceRepo.updateCall(s, call.id, { ...t.patch, agentId: by, protocol });
  await voiceRepo.addEvent(s, row.id, 'answered', { userId: by });
  await emitCallChanged(platform, s, row, { kind: 'answered', previousAgentId: call.agentId !== by ? call.agentId : null });
  return row;
}

/**
 * VOX-03: the call ends. Answered: the attendance stays with its agent to be finished ("Finalizar").
 * Never answered: abandoned, its attendance closed without a protocol, and — when the organization
 * asks — a call-back task (SAC).
 */
export async function hangupCall(platform: Platform, s: Scope, call: CallRow, cause: string | null, now: Date): Promise<CallRow> {
  const t = nextCallState(call, { type: 'hangup', at: now, cause });
  if (!t.changed) return call;
  const row = await voiceRepo.updateCall(s, call.id, t.patch);
  await voiceRepo.addEvent(s, row.id, 'ended', { cause, abandoned: row.abandoned, durationSeconds: row.durationSeconds });
  const a = row.attendanceId ? await lockAttendance(s, row.attendanceId) : undefined;
  if (row.abandoned) {
    if (a) await closeUnansweredCall(platform, s, a, cause ?? 'abandoned', now);
    if (row.direction === 'in' && (await settingsOf(s)).callbackOnAbandon && row.fromNumber) {
      await voiceRepo.insertCallback(s, { callId: row.id, attendanceId: row.attendanceId, queueId: row.queueId, number: row.fromNumber });
    }
  }
  if (row.agentId && !row.abandoned) await touchAgentRouting(s, row.agentId, 'lastFreedAt', now);
  await emitCallChanged(platform, s, row, { kind: 'ended', previousAgentId: row.agentId });
  return row;
}
