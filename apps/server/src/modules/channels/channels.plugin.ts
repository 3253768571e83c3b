import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { channelProviderRoutes } from './admin/channel-provider.routes.js';
import { setOutboundPolicy } from '../attendances/index.js';
import { channelsAdminRoutes } from './admin/channels-admin.routes.js';
import { adapterFor } from './adapters/registry.js';
import { createInboundWorker } from './inbound/inbound-worker.js';
import { webhookRoutes } from './inbound/webhook.routes.js';
import { registerMediaJob } from './media/media-job.js';
import { registerDeliverJob } from './outbound/deliver-job.js';
import { registerDeliverListener } from './outbound/deliver.listener.js';
import { createRateLimiter } from './outbound/rate-limiter.js';
import { demoSiteRoutes } from './webchat/demo-site.routes.js';
import { registerWebchatListeners } from './webchat/webchat.listeners.js';
import { registerWidgetGateway } from './webchat/widget.gateway.js';
import { widgetRoutes } from './webchat/widget.routes.js';

async function channels(app: FastifyInstance) {
  const platform = app.platform;
  // CH-02: the composer's rules (24-hour window, file types, templates) are the adapters' capabilities.
  setOutboundPolicy((type) => adapterFor(type)?.capabilities);
  registerWidgetGateway(platform);
  registerWebchatListeners(platform);
  registerDeliverListener(platform);
  registerDeliverJob(platform, createRateLimiter(), app.log);
  registerMediaJob(platform, app.log);
  const inbound = createInboundWorker(platform, app.log);
  app.addHook('onReady', () => inbound.start());
  app.addHook('onClose', () => inbound.stop());
  await app.register(channelsAdminRoutes);
  await app.register(channelProviderRoutes);
  await app.register(webhookRoutes, { worker: inbound });
  await app.register(widgetRoutes);
  await app.register(demoSiteRoutes);
}

// Issue item 28: web-chat conversations are queued for the dispatcher (routing) to offer.
// Encapsulated as before; the name and dependencies let the app order and check the modules.
export const channelsPlugin = fp(channels, { name: 'atende-channels', dependencies: ['atende-tenancy', 'atende-routing'], encapsulate: true });
