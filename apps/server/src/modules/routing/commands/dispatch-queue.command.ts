import { pickAgent, type RoutingCandidate } from '@atende/shared';
import type { Platform } from '../../../platform/platform.js';
import { assignAttendance, loadByAgent, waitingInQueue } from '../../attendances/index.js';
import { onlineAgents } from '../../presence/index.js';
import { channelsForQueues, queueById, queueMembers } from '../../queues/index.js';
import { routingRepo } from '../routing.repository.js';

/**
 * SPEC ATT-02: offers a queue's waiting contacts, oldest (and highest priority) first, to agents
 * logged into the contact's channel, not paused and under capacity. The queue lock makes this
 * exclusive across requests and instances: a contact is never offered twice, nor capacity exceeded.
 */
export async function dispatchQueueCommand(platform: Platform, organizationId: string, queueId: string, now = () => new Date()): Promise<number> {
  return platform.tenant.inTenant(organizationId, null, async (s) => {
    await routingRepo.lockQueue(s, queueId);
    const queue = await queueById(s, queueId);
    // Voice queues ring one agent at a time with a ring timeout (VOX-01): the voice module offers calls.
    if (!queue?.active || queue.kind === 'voice') return 0;
    const waiting = await waitingInQueue(s, queueId);
    if (!waiting.length) return 0;

    const members = await queueMembers(s, queueId);
    const userIds = members.map((m) => m.userId);
    const channels = queue.kind === 'chat' ? (await channelsForQueues(s, [queueId])).map((c) => c.id) : [queueId];
    const online = await onlineAgents(s, queue.kind === 'chat' ? 'chat_channel' : 'voice_queue', channels);
    const loads = await loadByAgent(s, queueId, userIds);
    const states = await routingRepo.agentStates(s, userIds);
    const candidates = new Map<string, RoutingCandidate>(
      members.map((m) => [
        m.userId,
        {
          userId: m.userId,
          capacity: m.capacity,
          load: loads.get(m.userId) ?? 0,
          lastAssignedAt: states.get(m.userId)?.lastAssignedAt ?? null,
          lastFreedAt: states.get(m.userId)?.lastFreedAt ?? null,
        },
      ]),
    );

    let assigned = 0;
    for (const contact of waiting) {
      // Voice contacts wait on the queue itself; chat contacts on the channel they came from.
      const target = queue.kind === 'chat' ? contact.channelId : queueId;
      const eligible = [...candidates.values()].filter((c) => target && online.get(c.userId)?.has(target));
      const agent = pickAgent(eligible, queue.policy);
      if (!agent) continue; // nobody for this channel now; a later contact may be on another channel
      const at = now();
      if (!(await assignAttendance(platform, s, contact.id, agent.userId, at))) continue;
      await routingRepo.touchAgent(s, agent.userId, 'lastAssignedAt', at);
      agent.load++;
      agent.lastAssignedAt = at;
      assigned++;
    }
    return assigned;
  });
}
