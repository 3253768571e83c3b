import type { FastifyInstance } from 'fastify';
import { presenceRoutes } from './presence.routes.js';

export async function presencePlugin(app: FastifyInstance) {
  await app.register(presenceRoutes);
}
