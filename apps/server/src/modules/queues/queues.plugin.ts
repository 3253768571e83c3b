import type { FastifyInstance } from 'fastify';
import { channelsRoutes } from './channels.routes.js';
import { queuesRoutes } from './queues.routes.js';

export async function queuesPlugin(app: FastifyInstance) {
  await app.register(queuesRoutes);
  await app.register(channelsRoutes);
}
