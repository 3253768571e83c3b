import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { personFieldsRoutes } from './routes/person-fields.routes.js';
import { personServiceRoutes } from './routes/person-service.routes.js';
import { personsRoutes } from './routes/persons.routes.js';

async function persons(app: FastifyInstance) {
  await app.register(personsRoutes);
  await app.register(personFieldsRoutes);
  await app.register(personServiceRoutes);
}

// Encapsulated as before; the name and dependencies let the app order and check the modules.
export const personsPlugin = fp(persons, { name: 'atende-persons', dependencies: ['atende-tenancy'], encapsulate: true });
