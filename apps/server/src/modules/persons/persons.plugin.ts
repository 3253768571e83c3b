import type { FastifyInstance } from 'fastify';
import { personsRoutes } from './routes/persons.routes.js';

export async function personsPlugin(app: FastifyInstance) {
  await app.register(personsRoutes);
}
