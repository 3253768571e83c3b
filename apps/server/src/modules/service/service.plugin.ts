import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { attendanceServiceRoutes } from './attendance/attendance-service.routes.js';
import { configRoutes } from './config/config.routes.js';

// SPEC PAN-02…PAN-06, ORG-03: service configuration and the service data of attendances.
async function service(app: FastifyInstance) {
  await app.register(configRoutes);
  await app.register(attendanceServiceRoutes);
}

// Issue item 28: fills defaults and classifications on the attendances module's events.
// Encapsulated as before; the name and dependencies let the app order and check the modules.
export const servicePlugin = fp(service, { name: 'atende-service', dependencies: ['atende-tenancy', 'atende-attendances'], encapsulate: true });
