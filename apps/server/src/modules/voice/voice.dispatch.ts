import type { Platform } from '../../platform/platform.js';
import { createCoalescer } from '../../platform/util/coalesce.js';
import { queueIdsOfAgent } from '../queues/index.js';
import { lockQueueRouting } from '../routing/index.js';
import { missRing } from './calls/call-steps.js';
import { ringQueueCommand } from './calls/ring-queue.command.js';
import { voiceRepo } from './voice.repository.js';

/**
 * SPEC VOX-01: when voice queues ring. A call waits (new, missed ring, transferred), an agent is
 * freed (a call ended) or comes online on a voice queue: the queue's waiting calls are rung. An
 * agent who leaves or pauses the queue while a call rings at them lets it move on at once.
 */
export function registerVoiceDispatch(platform: Platform) {
  const pass = createCoalescer(
    (k: { org: string; queueId: string }) => ringQueueCommand(platform, k.org, k.queueId).then(() => undefined),
    (k) => `${k.org}:${k.queueId}`,
  );
  const ringAgentQueues = async (org: string, userId: string) => {
    for (const q of await platform.tenant.inTenant(org, null, (s) => queueIdsOfAgent(s, userId))) await pass({ org, queueId: q });
  };

  platform.events.on('call.changed', 'voice.dispatch', async (e) => {
    const { kind, queueId, agentId, previousAgentId } = e.payload;
    if (kind === 'queued' && queueId) await pass({ org: e.organizationId, queueId });
    if (kind === 'ended' && (agentId ?? previousAgentId)) await ringAgentQueues(e.organizationId, (agentId ?? previousAgentId)!);
  });

  platform.events.on('presence.changed', 'voice.dispatch', async (e) => {
    const { userId, changes } = e.payload;
    const voice = changes.filter((c) => c.kind === 'voice_queue');
    const gone = voice
      .filter((c) => c.op === 'close' && !voice.some((o) => o.op === 'open' && o.targetId === c.targetId && o.state === 'online'))
      .map((c) => c.targetId);
    for (const queueId of gone) {
      await platform.tenant.inTenant(e.organizationId, null, async (s) => {
        await lockQueueRouting(s, queueId);
        for (const call of await voiceRepo.ringingAt(s, userId)) {
          if (call.queueId !== queueId || call.direction !== 'in') continue;
          const locked = await voiceRepo.lockCall(s, call.id);
          if (locked?.state === 'ringing' && locked.agentId === userId) await missRing(platform, s, locked, new Date());
        }
      });
    }
    for (const c of voice) if (c.op === 'open' && c.state === 'online') await pass({ org: e.organizationId, queueId: c.targetId });
  });
}
