import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerAlertPushes } from './alert-pushes.js';
import { registerAppGateway } from './app.gateway.js';
import { appRoutes } from './app.routes.js';
import { staffRoutes } from './staff.routes.js';

// SPEC ALR-01…ALR-07: app users, alerts, their settings and the monitoring panel.
async function alerts(app: FastifyInstance) {
  await app.register(appRoutes);
  await app.register(staffRoutes);
  registerAlertPushes(app.platform);
  registerAppGateway(app.platform);
}

export const alertsPlugin = fp(alerts, {
  name: 'atende-alerts',
  dependencies: ['atende-tenancy', 'atende-queues', 'atende-voice'],
  encapsulate: true,
});
