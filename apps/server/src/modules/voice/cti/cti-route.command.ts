import type { CtiRouteBody, CtiRouteResult } from '@atende/shared';
import { AppError } from '../../../platform/errors.js';
import type { Scope } from '../../../platform/db/tenant.js';
import type { Platform } from '../../../platform/platform.js';
import { lockQueueRouting } from '../../routing/index.js';
import { userExtension } from '../../tenancy/index.js';
import { agentByPbxUser } from '../agents.js';
import { hangupCall, missRing } from '../calls/call-steps.js';
import { queueAgentsOnline, ringQueueIn } from '../calls/ring-queue.command.js';
import { settingsOf } from '../settings.js';
import { voiceRepo, type CallRow } from '../voice.repository.js';
import { createCall, ctiQueueId } from './cti-event.command.js';

/** How often a PBX asks again while nobody is free (the caller hears ringback meanwhile). */
export const ROUTE_RETRY_SECONDS = 5;
/** The cause of a queue call refused after the maximum wait: abandoned, like a caller who gave up. */
export const NO_AGENT_CAUSE = 'no_agent';

/**
 * SPEC VOX-01 with a PBX (VOX-06b): the PBX asks whom a queue call rings at, so a PBX's queue follows
 * Atende's routing (the same choice the built-in ringing makes: an agent logged into the queue, not
 * paused, not on a call, by the queue's policy). The first ask creates the call as newCall does; an
 * ask naming a `missed` extension ends that agent's ring (skipped for this call, like a ring
 * timeout); an agent who paused or left the queue while rung is skipped. Nobody free: `wait`, until
 * the organization's maximum wait ends the call as abandoned (call-back task when enabled) and the PBX
 * refuses it. Asks are idempotent: a repeat, or one after the answer, changes nothing (an answered
 * call names the agent who took it).
 */
export async function ctiRouteCommand(platform: Platform, token: string, body: CtiRouteBody, now = new Date()): Promise<CtiRouteResult> {
  const organizationId = await platform.tenant.inSystem((s) => voiceRepo.organizationByCtiToken(s, token));
  if (!organizationId) throw new AppError('VOICE_CTI_TOKEN_UNKNOWN');
  return platform.tenant.inTenant(organizationId, null, async (s) => {
    // The queue lock before the call's, as the dispatcher and the ring timeout take them.
    const known = await voiceRepo.byExternalId(s, body.callId);
    const queueId = known ? known.queueId : await ctiQueueId(s, body.queue, 'in');
    if (queueId) await lockQueueRouting(s, queueId);
    let call = await voiceRepo.lockByExternalId(s, body.callId);
    if (!call) {
      const event = {
        event: 'newCall',
        direction: 'in',
        from: body.from,
        to: body.to,
        callId: body.callId,
        queue: body.queue,
        ivr: body.ivr,
      } as const;
      call = (await createCall(platform, s, event, null, now)) ?? (await voiceRepo.lockByExternalId(s, body.callId));
      if (!call) throw new AppError('CALL_NOT_FOUND');
      await voiceRepo.addEvent(s, call.id, 'cti.newCall', { user: null, cause: null });
    }
    const settings = await settingsOf(s);
    const answer = (action: CtiRouteResult['action'], extension: string | null = null, ringSeconds = 0, retrySeconds = 0): CtiRouteResult => ({
      callId: call!.id,
      action,
      extension,
      ringSeconds,
      retrySeconds,
    });
    if (call.state === 'answered') {
      // Taken in the console before the PBX reached a phone: the PBX connects the caller to that agent.
      const extension = call.agentId ? await userExtension(s, call.agentId) : null;
      return extension ? answer('dial', extension, settings.ringTimeoutSeconds) : answer('none');
    }
    if (call.state === 'ended' || call.direction !== 'in' || !call.queueId) return answer('reject');

    if (call.agentId && body.missed && (await agentByPbxUser(s, body.missed)) === call.agentId) {
      call = await missRing(platform, s, call, now);
    }
    // A few rounds at most: an agent rung without a "Ramal" cannot be reached through the PBX.
    for (let round = 0; round < 5; round++) {
      if (call.agentId && !(await queueAgentsOnline(s, call.queueId!)).includes(call.agentId)) {
        call = await missRing(platform, s, call, now);
      }
      if (!call.agentId) {
        await ringQueueIn(platform, s, call.queueId!, () => now);
        call = (await voiceRepo.lockCall(s, call.id))!;
      }
      if (!call.agentId) break;
      const extension = await userExtension(s, call.agentId);
      if (extension) {
        // A ring begun earlier (the dispatcher's) keeps its own deadline, as Atende's ring timeout does.
        const elapsed = call.ringingSince ? Math.floor((now.getTime() - call.ringingSince.getTime()) / 1000) : 0;
        return answer('dial', extension, Math.max(1, settings.ringTimeoutSeconds - Math.max(0, elapsed)));
      }
      call = await missRing(platform, s, call, now);
    }
    return waitOrGiveUp(platform, s, call, settings.maxWaitSeconds, now, answer);
  });
}

async function waitOrGiveUp(
  platform: Platform,
  s: Scope,
  call: CallRow,
  maxWaitSeconds: number,
  now: Date,
  answer: (action: CtiRouteResult['action'], extension?: string | null, ringSeconds?: number, retrySeconds?: number) => CtiRouteResult,
): Promise<CtiRouteResult> {
  const left = maxWaitSeconds - (now.getTime() - call.startedAt.getTime()) / 1000;
  if (left > 0) return answer('wait', null, 0, Math.max(1, Math.min(ROUTE_RETRY_SECONDS, Math.ceil(left))));
  await hangupCall(platform, s, call, NO_AGENT_CAUSE, now);
  return answer('reject');
}
