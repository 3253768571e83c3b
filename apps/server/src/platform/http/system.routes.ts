import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors.js';

// SPEC PLT-08: liveness and readiness for load balancers and orchestrators.
export async function systemRoutes(app: FastifyInstance) {
  const health = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });
  app.get('/api/health', { config: { public: true }, schema: { tags: ['system'], response: { 200: health } } }, async () => ({
    status: 'ok' as const,
    database: app.platform.database.kind,
  }));
  app.get(
    '/api/ready',
    { config: { public: true }, schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ready') }) } } },
    async () => {
      if (!app.platform.ready) throw new AppError('NOT_READY');
      return { status: 'ready' as const };
    },
  );
}
