import type { FastifyInstance } from 'fastify';
import { attendanceServiceRoutes } from './attendance/attendance-service.routes.js';
import { configRoutes } from './config/config.routes.js';

// SPEC PAN-02…PAN-06, ORG-03: service configuration and the service data of attendances.
export async function servicePlugin(app: FastifyInstance) {
  await app.register(configRoutes);
  await app.register(attendanceServiceRoutes);
}
