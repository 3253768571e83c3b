import type { FastifyInstance } from 'fastify';
import { demoSiteRoutes } from './webchat/demo-site.routes.js';
import { registerWebchatListeners } from './webchat/webchat.listeners.js';
import { registerWidgetGateway } from './webchat/widget.gateway.js';
import { widgetRoutes } from './webchat/widget.routes.js';

export async function channelsPlugin(app: FastifyInstance) {
  registerWidgetGateway(app.platform);
  registerWebchatListeners(app.platform);
  await app.register(widgetRoutes);
  await app.register(demoSiteRoutes);
}
