import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFoundHandler } from '../errors.js';
import { registerAlertApp } from './alert-app.js';

/**
 * Serves the built console and the alert app (/alertas/); any unknown GET outside /api that
 * accepts HTML gets the index.html of the app it falls under (client-side routes), everything
 * else the JSON 404 (unknown routes answer JSON).
 */
export async function registerWeb(app: FastifyInstance, webDist: string | undefined, alertAppDist?: string) {
  const indexPath = webDist ? path.join(webDist, 'index.html') : undefined;
  const index = indexPath && existsSync(indexPath) ? readFileSync(indexPath) : undefined;
  if (index) {
    await app.register(async (web) => {
      // The console's files are public (the login page needs them); its data stays behind /api.
      web.addHook('onRoute', (route) => {
        route.config = { ...(route.config ?? {}), public: true };
      });
      await web.register(fastifyStatic, { root: webDist!, wildcard: false, index: false });
    });
  }
  const alertApp = await registerAlertApp(app, alertAppDist);
  app.setNotFoundHandler((req, reply) => {
    if (alertApp.fallback(req, reply)) return reply;
    const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    const isApi = req.url.startsWith('/api/') || req.url === '/api' || req.url.startsWith('/socket.io');
    if (index && wantsHtml && !isApi) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
    return notFoundHandler(req, reply);
  });
}
