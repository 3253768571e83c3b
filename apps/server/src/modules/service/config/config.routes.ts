import type { FastifyInstance } from 'fastify';
import { calendarsRoutes } from './routes/calendars.routes.js';
import { catalogRoutes } from './routes/catalog.routes.js';
import { processesRoutes } from './routes/processes.routes.js';
import { slaPoliciesRoutes } from './routes/sla-policies.routes.js';

// SPEC PAN-02…PAN-04, ORG-03: configuration routes ("Configurações"). GETs for any staff role
// (the panels fill their pickers from them), writes for admins (ORG-02).
export async function configRoutes(app: FastifyInstance) {
  await app.register(processesRoutes);
  await app.register(catalogRoutes);
  await app.register(calendarsRoutes);
  await app.register(slaPoliciesRoutes);
}
