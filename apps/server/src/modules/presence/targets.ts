import type { PresenceTarget } from '@atende/shared';
import type { Scope } from '../../platform/db/tenant.js';
import { agentQueues, channelsForQueues } from '../queues/index.js';

export type TargetInfo = PresenceTarget & { name: string; queueName: string; direction: 'inbound' | 'outbound' | null; channelType: string | null };

/**
 * SPEC WS-04, WS-06: an agent's voice targets are the voice queues they belong to; chat targets
 * are the channels feeding the chat queues they belong to.
 */
export async function loadTargets(s: Scope, userId: string): Promise<TargetInfo[]> {
  const queues = await agentQueues(s, userId);
  const chatQueues = queues.filter((q) => q.kind === 'chat');
  const channels = await channelsForQueues(
    s,
    chatQueues.map((q) => q.id),
  );
  const queueName = new Map(queues.map((q) => [q.id, q.name]));
  return [
    ...queues
      .filter((q) => q.kind === 'voice')
      .map((q) => ({
        kind: 'voice_queue' as const,
        id: q.id,
        queueId: q.id,
        name: q.name,
        queueName: q.name,
        direction: q.direction,
        channelType: null,
      })),
    ...channels.map((c) => ({
      kind: 'chat_channel' as const,
      id: c.id,
      queueId: c.queueId,
      name: c.name,
      queueName: queueName.get(c.queueId) ?? '',
      direction: null,
      channelType: c.type,
    })),
  ];
}
