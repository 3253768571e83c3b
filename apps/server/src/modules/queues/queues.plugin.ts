import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { queuesRoutes } from './queues.routes.js';

async function queues(app: FastifyInstance) {
  await app.register(queuesRoutes);
}

// Issue item 28: queue administration needs only the signed-in principal (tenancy).
export const queuesPlugin = fp(queues, { name: 'atende-queues', dependencies: ['atende-tenancy'], encapsulate: true });
