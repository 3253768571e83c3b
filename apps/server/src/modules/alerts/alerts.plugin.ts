import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerAlertPushes } from './alert-pushes.js';
import { registerAppGateway } from './app.gateway.js';
import { appRoutes } from './app.routes.js';
import { pushRoutes } from './push/push.routes.js';
import { registerPushSending } from './push/push-send.job.js';
import { vapidKeys } from './push/vapid.js';
import { staffRoutes } from './staff.routes.js';

// SPEC ALR-01…ALR-07: app users, alerts, their settings and the monitoring panel.
async function alerts(app: FastifyInstance) {
  await app.register(appRoutes);
  await app.register(staffRoutes);
  registerAlertPushes(app.platform);
  registerAppGateway(app.platform);
  // SPEC ALR-04: web push; the VAPID keys are made at the installation's first start.
  await app.register(pushRoutes);
  registerPushSending(app.platform, app.log);
  app.platform.afterMigrate(async () => void (await vapidKeys(app.platform)));
}

export const alertsPlugin = fp(alerts, {
  name: 'atende-alerts',
  dependencies: ['atende-tenancy', 'atende-queues', 'atende-voice'],
  encapsulate: true,
});
