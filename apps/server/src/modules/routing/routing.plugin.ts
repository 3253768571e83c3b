import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { releaseAttendance, unansweredOffers } from '../attendances/index.js';
import { queueIdsOfAgent } from '../queues/index.js';
import { dispatchQueueCommand } from './commands/dispatch-queue.command.js';
import { routingRepo } from './routing.repository.js';
import { createCoalescer } from '../../platform/util/coalesce.js';

async function routing(app: FastifyInstance) {
  const platform = app.platform;
  // A burst of arrivals asks for many passes over one queue: they share one pass (plus one follow-up).
  const pass = createCoalescer(
    (k: { org: string; queueId: string }) => dispatchQueueCommand(platform, k.org, k.queueId).then(() => undefined),
    (k) => `${k.org}:${k.queueId}`,
  );
  const dispatch = (org: string, queueId: unknown) => (typeof queueId === 'string' ? pass({ org, queueId }) : Promise.resolve());

  // ATT-02: "when an agent frees up or comes online, the oldest waiting chat is offered first".
  platform.events.on('attendance.queued', 'routing.dispatch', (e) => dispatch(e.organizationId, e.payload.queueId));
  platform.events.on('queue.members_changed', 'routing.dispatch', (e) => dispatch(e.organizationId, e.payload.queueId));
  platform.events.on('attendance.transferred', 'routing.dispatch', (e) => dispatch(e.organizationId, e.payload.previousQueueId));
  platform.events.on('attendance.finished', 'routing.dispatch', async (e) => {
    const { userId } = e.payload;
    if (userId) {
      await platform.tenant.inTenant(e.organizationId, null, (s) => routingRepo.touchAgent(s, userId, 'lastFreedAt', e.createdAt));
    }
    await dispatch(e.organizationId, e.payload.queueId);
  });

  platform.events.on('presence.changed', 'routing.presence', async (e) => {
    const { userId, changes } = e.payload;
    // Channels the agent is no longer logged into: offers they never answered go back to the queue.
    const left = changes.filter((c) => c.op === 'close' && !changes.some((o) => o.op === 'open' && o.targetId === c.targetId)).map((c) => c.targetId);
    if (left.length) {
      await platform.tenant.inTenant(e.organizationId, null, async (s) => {
        for (const a of await unansweredOffers(s, userId, left)) await releaseAttendance(platform, s, a, 'agent_left_channel');
      });
    }
    if (changes.some((c) => c.op === 'open' && c.state === 'online')) {
      const queues = await platform.tenant.inTenant(e.organizationId, null, (s) => queueIdsOfAgent(s, userId));
      for (const q of queues) await dispatch(e.organizationId, q);
    }
  });
}

// Issue item 28: the dispatcher acts on agents' presence (presence.changed) and needs sessions.
// Encapsulated as before; the name and dependencies let the app order and check the modules.
export const routingPlugin = fp(routing, {
  name: 'atende-routing',
  dependencies: ['atende-tenancy', 'atende-queues', 'atende-presence'],
  encapsulate: true,
});
