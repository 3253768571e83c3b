import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { channelsRoutes } from './channels.routes.js';
import { queuesRoutes } from './queues.routes.js';

async function queues(app: FastifyInstance) {
  await app.register(queuesRoutes);
  await app.register(channelsRoutes);
}

// Issue item 28: queue and channel administration needs only the signed-in principal (tenancy).
export const queuesPlugin = fp(queues, { name: 'atende-queues', dependencies: ['atende-tenancy'], encapsulate: true });
