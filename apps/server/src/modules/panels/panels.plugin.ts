import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { exportRoutes } from './routes/export.routes.js';
import { gridRoutes } from './routes/grid.routes.js';
import { pivotWallboardRoutes } from './routes/pivot-wallboard.routes.js';
import { preferencesRoutes } from './routes/preferences.routes.js';
import { treeRoutes } from './routes/tree.routes.js';
import { startWallboardLive } from './wallboard/wallboard.live.js';

// SPEC PAN-07…PAN-11: "Painel de Atendimento" views, export, synthetic view and the wallboard.
// Read side only: every change to an attendance belongs to the service module.
async function panels(app: FastifyInstance) {
  const live = startWallboardLive(app.platform, app.log);
  app.addHook('onClose', async () => live.close());
  await app.register(gridRoutes);
  await app.register(treeRoutes);
  await app.register(preferencesRoutes);
  await app.register(exportRoutes);
  await app.register(pivotWallboardRoutes);
}

// Issue item 28: the wallboard reads presence; the views read the service data (SLA, processes).
// Encapsulated as before; the name and dependencies let the app order and check the modules.
export const panelsPlugin = fp(panels, { name: 'atende-panels', dependencies: ['atende-presence', 'atende-service'], encapsulate: true });
