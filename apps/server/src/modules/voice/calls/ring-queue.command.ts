import { pickAgent, type RoutingCandidate } from '@atende/shared';
import type { Scope } from '../../../platform/db/tenant.js';
import type { Platform } from '../../../platform/platform.js';
import { onlineAgents } from '../../presence/index.js';
import { queueById, queueMembers } from '../../queues/index.js';
import { agentRoutingStates, lockQueueRouting } from '../../routing/index.js';
import { voiceRepo } from '../voice.repository.js';
import { offerCall } from './call-steps.js';

/**
 * SPEC VOX-01, ATT-02: rings a voice queue's waiting calls, oldest first, each at one agent logged
 * into the queue, not paused and not on a call (ringing or talking), chosen by the queue's policy.
 * An agent who let this call ring out is skipped until every free agent has; then a new round
 * starts. The queue lock (shared with the chat dispatcher) makes this exclusive across instances.
 */
export async function ringQueueCommand(platform: Platform, organizationId: string, queueId: string, now = () => new Date()): Promise<number> {
  return platform.tenant.inTenant(organizationId, null, async (s) => {
    await lockQueueRouting(s, queueId);
    return ringQueueIn(platform, s, queueId, now);
  });
}

/** The queue's members logged into it and online (a paused agent is not). */
export async function queueAgentsOnline(s: Scope, queueId: string): Promise<string[]> {
  const online = await onlineAgents(s, 'voice_queue', [queueId]);
  return (await queueMembers(s, queueId)).map((m) => m.userId).filter((u) => online.get(u)?.has(queueId));
}

/** The queue's agents who may be rung now: logged in (online, so not paused) and not on a call. */
export async function freeQueueAgents(s: Scope, queueId: string): Promise<string[]> {
  const members = await queueAgentsOnline(s, queueId);
  const busy = await voiceRepo.agentsOnCall(s, members);
  return members.filter((u) => !busy.has(u));
}

/** `ringQueueCommand` in the caller's transaction, which holds the queue's routing lock. */
export async function ringQueueIn(platform: Platform, s: Scope, queueId: string, now = () => new Date()): Promise<number> {
  const queue = await queueById(s, queueId);
  if (!queue?.active || queue.kind !== 'voice') return 0;
  const waiting = await voiceRepo.waitingInQueue(s, queueId);
  if (!waiting.length) return 0;
  let free = await freeQueueAgents(s, queueId);
  const states = await agentRoutingStates(s, free);
  let rung = 0;
  for (const call of waiting) {
    if (!free.length) break;
    const fresh = free.filter((u) => !call.missedAgentIds.includes(u));
    const newRound = fresh.length === 0;
    const candidates: RoutingCandidate[] = (newRound ? free : fresh).map((userId) => ({
      userId,
      load: 0,
      capacity: 1,
      lastAssignedAt: states.get(userId)?.lastAssignedAt ?? null,
      lastFreedAt: states.get(userId)?.lastFreedAt ?? null,
    }));
    const agent = pickAgent(candidates, queue.policy);
    if (!agent) continue;
    await offerCall(platform, s, call, agent.userId, now(), newRound);
    free = free.filter((u) => u !== agent.userId);
    rung++;
  }
  return rung;
}
