import type { FastifyInstance } from 'fastify';
import { routingRoutes } from './routing.routes.js';

export async function routingPlugin(app: FastifyInstance) {
  await app.register(routingRoutes);
}
