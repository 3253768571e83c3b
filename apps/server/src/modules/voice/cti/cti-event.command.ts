import type { CtiEventBody, CtiEventResult } from '@atende/shared';
import { AppError } from '../../../platform/errors.js';
import type { Scope } from '../../../platform/db/tenant.js';
import type { Platform } from '../../../platform/platform.js';
import { voiceQueues } from '../../queues/index.js';
import { agentByPbxUser } from '../agents.js';
import { answerCall, hangupCall, offerCall, openCall } from '../calls/call-steps.js';
import { ctiSteps } from '../calls/call-state.js';
import { attachRecording } from '../recordings/recording-fetch.job.js';
import { voiceRepo, type CallRow } from '../voice.repository.js';

/**
 * SPEC VOX-06b: a PBX reports a call in the spirit of Zammad's generic CTI. The token names the
 * organization; the PBX's callId makes every event idempotent (a repeat changes nothing, an answer
 * after the hang-up is ignored, a first event other than newCall creates the call too).
 */
export async function ctiEventCommand(platform: Platform, token: string, body: CtiEventBody, now = new Date()): Promise<CtiEventResult> {
  const organizationId = await platform.tenant.inSystem((s) => voiceRepo.organizationByCtiToken(s, token));
  if (!organizationId) throw new AppError('VOICE_CTI_TOKEN_UNKNOWN');
  return platform.tenant.inTenant(organizationId, null, async (s) => {
    const agentId = body.user ? ((await agentByPbxUser(s, body.user)) ?? null) : null;
    let call = await voiceRepo.lockByExternalId(s, body.callId);
    const steps = ctiSteps(call, body.event, now);
    let changed = false;
    if (steps.includes('create')) {
      const created = await createCall(platform, s, body, agentId, now);
      // A concurrent request created it first: continue with that one, now locked.
      call = created ?? (await voiceRepo.lockByExternalId(s, body.callId));
      changed = Boolean(created);
    }
    if (!call) throw new AppError('CALL_NOT_FOUND');
    if (steps.includes('answer')) {
      const next = await answerCall(platform, s, call, agentId, now);
      changed ||= next !== call;
      call = next;
    }
    if (steps.includes('hangup')) {
      const next = await hangupCall(platform, s, call, body.cause ?? null, now);
      changed ||= next !== call;
      call = next;
    }
    if (steps.includes('recording') && body.recordingUrl) changed = (await attachRecording(platform, s, call, body.recordingUrl)) || changed;
    if (changed) await voiceRepo.addEvent(s, call.id, `cti.${body.event}`, { user: body.user ?? null, cause: body.cause ?? null });
    return { callId: call.id, state: call.state, changed };
  });
}

/** The voice queue a PBX names (by name, any case); unnamed inbound calls go to the first active inbound one. */
export async function ctiQueueId(s: Scope, name: string | undefined, direction: 'in' | 'out'): Promise<string | null> {
  const queues = await voiceQueues(s);
  if (name) {
    const q = queues.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!q) throw new AppError('VOICE_QUEUE_NOT_FOUND');
    return q.id;
  }
  if (direction === 'in') return queues.find((q) => q.active && q.direction !== 'outbound')?.id ?? null;
  return null;
}

export async function createCall(platform: Platform, s: Scope, body: CtiEventBody, agentId: string | null, now: Date): Promise<CallRow | undefined> {
  const queueId = await ctiQueueId(s, body.queue, body.direction);
  const outbound = body.direction === 'out';
  const call = await openCall(
    platform,
    s,
    {
      provider: 'cti',
      externalId: body.callId,
      direction: body.direction,
      from: body.from,
      to: body.to,
      queueId,
      agentId: outbound ? agentId : null,
      ivr: body.ivr ?? {},
    },
    now,
  );
  // The PBX already rings a given agent: that agent is offered the call first (still with the ring timeout).
  if (call && !outbound && agentId && body.event === 'newCall') return offerCall(platform, s, call, agentId, now, false);
  return call;
}
