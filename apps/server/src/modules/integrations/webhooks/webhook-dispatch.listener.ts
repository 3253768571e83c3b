import type { Platform } from '../../../platform/platform.js';
import { WEBHOOK_JOB, type WebhookJob } from './webhook-delivery.job.js';
import { webhookEventFor } from './webhook-events.js';
import { deliveriesRepo, endpointsRepo } from './webhooks.repository.js';

// SPEC PLT-03: every domain event that maps to a webhook event becomes one delivery per subscribed
// endpoint, each sent by its own job. Rows and jobs are written in one transaction: a listener run
// again after a failure finds its rows (unique per endpoint and event) and enqueues nothing twice.
export function startWebhookDispatch(platform: Platform) {
  platform.events.on('*', 'integrations.webhooks', async (event) => {
    const type = webhookEventFor(event.type, event.payload);
    if (!type) return;
    await platform.tenant.inTenant(event.organizationId, null, async (s) => {
      const endpoints = await endpointsRepo.subscribedTo(s, type);
      for (const endpoint of endpoints) {
        const delivery = await deliveriesRepo.insert(s, { endpointId: endpoint.id, eventId: event.id, eventType: type, payload: event.payload });
        if (!delivery) continue;
        const job: WebhookJob = { organizationId: event.organizationId, deliveryId: delivery.id, expectedAttempt: 0 };
        await platform.jobs.sendInTx(s, WEBHOOK_JOB, job);
        s.onCommit(() => platform.jobs.kick(WEBHOOK_JOB));
      }
    });
  });
}
