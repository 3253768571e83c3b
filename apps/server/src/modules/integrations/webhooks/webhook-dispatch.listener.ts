import type { WebhookEvent } from '@atende/shared';
import type { DomainEvent } from '../../../platform/events/events.js';
import type { Platform } from '../../../platform/platform.js';
import { createGroupWriter } from '../../../platform/util/group-writer.js';
import { WEBHOOK_JOB, type WebhookJob } from './webhook-delivery.job.js';
import { webhookEventFor } from './webhook-events.js';
import { deliveriesRepo, endpointsRepo } from './webhooks.repository.js';

// SPEC PLT-03: every domain event that maps to a webhook event becomes one delivery per subscribed
// endpoint, each sent by its own job. Rows and jobs are written in one transaction: a listener run
// again after a failure finds its rows (unique per endpoint and event) and enqueues nothing twice.
//
// SPEC CH-02 at load: every message is such an event, and most organizations subscribe no endpoint.
// The events of one organization dispatched meanwhile share one read of its endpoints (group-writer.ts)
// and, only when one listens, one transaction, instead of a transaction each; each listener call still returns
// only once its own rows committed, and a failing group is written again event by event.
export function startWebhookDispatch(platform: Platform) {
  const record = createGroupWriter(async (organizationId: string, events: { event: DomainEvent; type: WebhookEvent }[]) => {
    const none = events.map(() => undefined);
    // The usual case, no endpoint listening: one read says so, without a transaction around it.
    // (An endpoint saved just after this read misses these events, as it would after the
    // transaction's own read: events before an endpoint exists are not sent to it.)
    const types = events.map((e) => e.type);
    if (!(await platform.tenant.readSystem((s) => endpointsRepo.anySubscribed(s, organizationId, types)))) return none;
    await platform.tenant.inTenant(organizationId, null, async (s) => {
      const endpoints = await endpointsRepo.subscribedToAny(
        s,
        events.map((e) => e.type),
      );
      let enqueued = false;
      for (const { event, type } of events) {
        for (const endpoint of endpoints.filter((e) => e.events.includes(type))) {
          const delivery = await deliveriesRepo.insert(s, { endpointId: endpoint.id, eventId: event.id, eventType: type, payload: event.payload });
          if (!delivery) continue;
          const job: WebhookJob = { organizationId, deliveryId: delivery.id, expectedAttempt: 0 };
          await platform.jobs.sendInTx(s, WEBHOOK_JOB, job);
          enqueued = true;
        }
      }
      if (enqueued) s.onCommit(() => platform.jobs.kick(WEBHOOK_JOB));
    });
    return none;
  });

  platform.events.on('*', 'integrations.webhooks', async (event) => {
    const type = webhookEventFor(event.type, event.payload);
    if (!type) return;
    await record(event.organizationId, { event, type });
  });
}
