import type { FastifyInstance } from 'fastify';
import { channelsRoutes } from './channels.routes.js';

export async function channelsPlugin(app: FastifyInstance) {
  await app.register(channelsRoutes);
}
