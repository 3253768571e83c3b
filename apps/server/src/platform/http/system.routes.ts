import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors.js';

/** What answers while the server starts: liveness, readiness and the API's own description. */
const BEFORE_READY = /^\/api\/(health|ready|openapi\.json|docs)(\/|\?|$)/;

/**
 * Until migrations, job workers and the first-run seed are done, the API answers 503 NOT_READY
 * (providers and browsers try again) instead of reading a database that is still being changed:
 * a webhook that arrived then would find no channel and be refused.
 */
export function refuseUntilReady(app: FastifyInstance) {
  app.addHook('onRequest', async (req) => {
    if (!app.platform.ready && req.url.startsWith('/api/') && !BEFORE_READY.test(req.url)) throw new AppError('NOT_READY');
  });
}

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
