import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { channelProviderRoutes } from './admin/channel-provider.routes.js';
import { channelsAdminRoutes } from './admin/channels-admin.routes.js';
import { demoSiteRoutes } from './webchat/demo-site.routes.js';
import { registerWebchatListeners } from './webchat/webchat.listeners.js';
import { registerWidgetGateway } from './webchat/widget.gateway.js';
import { widgetRoutes } from './webchat/widget.routes.js';

async function channels(app: FastifyInstance) {
  registerWidgetGateway(app.platform);
  registerWebchatListeners(app.platform);
  await app.register(channelsAdminRoutes);
  await app.register(channelProviderRoutes);
  await app.register(widgetRoutes);
  await app.register(demoSiteRoutes);
}

// Issue item 28: web-chat conversations are queued for the dispatcher (routing) to offer.
// Encapsulated as before; the name and dependencies let the app order and check the modules.
export const channelsPlugin = fp(channels, { name: 'atende-channels', dependencies: ['atende-tenancy', 'atende-routing'], encapsulate: true });
