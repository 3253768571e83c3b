import { roleAtLeast, type CallView, type TransferCallBody } from '@atende/shared';
import type { Principal } from '../../../platform/auth/index.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { lockAttendance, transferAttendance } from '../../attendances/index.js';
import { queueKind } from '../../queues/index.js';
import { listStaff } from '../../tenancy/index.js';
import { voiceRepo, type CallRow } from '../voice.repository.js';
import { answerCall, emitCallChanged, hangupCall, offerCall } from './call-steps.js';
import { callView } from './call-view.js';
import { recordDtmf } from './dtmf.js';
import { relayDtmfToCaller } from '../rtc/builtin-calls.js';

// SPEC VOX-01, VOX-02: the agent's buttons on a call. The agent it rings or who holds it acts on
// it; supervisors and admins may act on any call of their organization (ORG-02).

const mayAct = (p: Principal, call: CallRow) => call.agentId === p.userId || roleAtLeast(p.role, 'supervisor');

async function lockedCall(s: Scope, p: Principal, id: string): Promise<CallRow> {
  const call = await voiceRepo.lockCall(s, id);
  // Another agent's call is not even confirmed to exist (the same 404 as a foreign id).
  if (!call || !mayAct(p, call)) throw new AppError('CALL_NOT_FOUND');
  return call;
}

function act(platform: Platform, p: Principal, id: string, fn: (s: Scope, call: CallRow, now: Date) => Promise<CallRow>, now = new Date()) {
  return platform.tenant.asUser(p, async (s): Promise<CallView> => callView(s, await fn(s, await lockedCall(s, p, id), now)));
}

const live = (call: CallRow) => {
  if (call.state === 'ended') throw new AppError('CALL_ENDED');
};
const talking = (p: Principal, call: CallRow) => {
  live(call);
  if (call.state !== 'answered') throw new AppError('CALL_NOT_ANSWERED');
  if (!mayAct(p, call)) throw new AppError('CALL_NOT_YOURS');
};

/**
 * VOX-01: "Atender" pressed just as the ring ran out here, when the call already rings at the next
 * agent. The agent whose ring it was learns why (they saw the call), not a bare "not found".
 */
async function answerableCall(s: Scope, p: Principal, id: string): Promise<CallRow> {
  const call = await voiceRepo.lockCall(s, id);
  if (call && !mayAct(p, call) && call.state !== 'ended' && call.missedAgentIds.includes(p.userId)) throw new AppError('CALL_RING_ENDED');
  if (!call || !mayAct(p, call)) throw new AppError('CALL_NOT_FOUND');
  return call;
}

export const answerCallCommand = (platform: Platform, p: Principal, id: string, now = new Date()) =>
  platform.tenant.asUser(p, async (s): Promise<CallView> => {
    const call = await answerableCall(s, p, id);
    live(call);
    if (call.state === 'answered') {
      if (call.agentId === p.userId) return callView(s, call); // a second click, another tab
      throw new AppError('CALL_NOT_YOURS');
    }
    // VOX-01: the agent it rings answers; a supervisor may pick up any ringing call.
    if (call.agentId !== p.userId && !roleAtLeast(p.role, 'supervisor')) throw new AppError('CALL_NOT_YOURS');
    return callView(s, await answerCall(platform, s, call, p.userId, now));
  });

export const hangupCallCommand = (platform: Platform, p: Principal, id: string) =>
  act(platform, p, id, async (s, call, now) => {
    live(call);
    if (!mayAct(p, call)) throw new AppError('CALL_NOT_YOURS');
    return hangupCall(platform, s, call, call.state === 'ringing' ? 'rejected' : 'agent_hangup', now);
  });

/** Hold and mute are state the console and softphone follow; the call's events keep the history. */
export const setCallFlagCommand = (platform: Platform, p: Principal, id: string, flag: 'held' | 'muted', value: boolean) =>
  act(platform, p, id, async (s, call) => {
    talking(p, call);
    if (call[flag] === value) return call;
    const row = await voiceRepo.updateCall(s, call.id, { [flag]: value });
    await voiceRepo.addEvent(s, call.id, flag === 'held' ? (value ? 'hold' : 'unhold') : value ? 'mute' : 'unmute');
    await emitCallChanged(platform, s, row, { kind: 'updated' });
    return row;
  });

/**
 * VOX-02 keypad: the digits are kept on the call's and the attendance's events. A PBX's call hears
 * them from the softphone (RFC 2833); a built-in call's caller gets them from Atende, in the order
 * the locked call records them.
 */
export const dtmfCommand = (platform: Platform, p: Principal, id: string, digits: string) =>
  act(platform, p, id, async (s, call) => {
    talking(p, call);
    await recordDtmf(s, call, digits, 'agent');
    if (call.provider === 'builtin') relayDtmfToCaller(platform, s.organizationId, call.id, digits);
    await emitCallChanged(platform, s, call, { kind: 'updated' });
    return call;
  });

/**
 * VOX-02 on a built-in call: the media is Atende's, so the target must pick it up. The call leaves
 * the first agent (their leg closes, their card reads "Transferida") and rings at the target with
 * the organization's ring timeout; unanswered, it goes back to its queue like any missed ring.
 */
async function transferBuiltinToAgent(platform: Platform, s: Scope, call: CallRow, toUserId: string, now: Date) {
  const left = await voiceRepo.updateCall(s, call.id, {
    state: 'ringing',
    agentId: null,
    ringingSince: null,
    missedAgentIds: call.agentId ? [call.agentId] : [],
    held: false,
  });
  await voiceRepo.addEvent(s, call.id, 'transferred', { fromUserId: call.agentId, toUserId });
  await emitCallChanged(platform, s, left, { kind: 'updated', previousAgentId: call.agentId });
  return offerCall(platform, s, left, toUserId, now, false);
}

/**
 * VOX-02, ATT-06: to another agent, who holds the call and its attendance at once, or to a voice
 * queue, where it rings again like a new call (talk time still counts from the first answer).
 */
export const transferCallCommand = (platform: Platform, p: Principal, id: string, body: TransferCallBody) =>
  act(platform, p, id, async (s, call) => {
    talking(p, call);
    const now = new Date();
    const a = call.attendanceId ? await lockAttendance(s, call.attendanceId) : undefined;
    if ('toUserId' in body) {
      if (body.toUserId === call.agentId) throw new AppError('ATT_TRANSFER_INVALID');
      if (!(await listStaff(s)).some((u) => u.id === body.toUserId)) throw new AppError('USER_NOT_FOUND');
      if (a && a.status !== 'finished') await transferAttendance(platform, s, a, { toUserId: body.toUserId }, '', now);
      if (call.provider === 'builtin') return transferBuiltinToAgent(platform, s, call, body.toUserId, now);
      const row = await voiceRepo.updateCall(s, call.id, { agentId: body.toUserId, held: false });
      await voiceRepo.addEvent(s, call.id, 'transferred', { fromUserId: call.agentId, toUserId: body.toUserId });
      await emitCallChanged(platform, s, row, { kind: 'answered', previousAgentId: call.agentId });
      return row;
    }
    const kind = await queueKind(s, body.toQueueId);
    if (!kind) throw new AppError('QUEUE_NOT_FOUND');
    if (kind !== 'voice') throw new AppError('QUEUE_KIND_MISMATCH');
    if (a && a.status !== 'finished') await transferAttendance(platform, s, a, { toQueueId: body.toQueueId }, '', now);
    const row = await voiceRepo.updateCall(s, call.id, {
      state: 'ringing',
      queueId: body.toQueueId,
      agentId: null,
      ringingSince: null,
      missedAgentIds: call.agentId ? [call.agentId] : [],
      held: false,
    });
    await voiceRepo.addEvent(s, call.id, 'transferred', { fromUserId: call.agentId, toQueueId: body.toQueueId });
    await emitCallChanged(platform, s, row, { kind: 'queued', previousAgentId: call.agentId });
    return row;
  });
