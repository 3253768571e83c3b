import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// SPEC ALR-01: the Canal de Alertas PWA (apps/alert-app) lives under /alertas/. Its service
// worker is /alertas/sw.js, whose default scope is /alertas/; the page, the worker and the manifest
// are revalidated on every load so a new version reaches phones, while hashed assets are cached
// for good.

export const ALERT_APP_PREFIX = '/alertas/';
const ALWAYS_REVALIDATE = new Set(['index.html', 'sw.js', 'manifest.webmanifest']);

export type AlertAppPages = {
  /** Answers a browser navigation under /alertas/ with the app's index.html; false when it is not one. */
  fallback(req: FastifyRequest, reply: FastifyReply): boolean;
};

export async function registerAlertApp(app: FastifyInstance, dist: string | undefined): Promise<AlertAppPages> {
  const indexPath = dist ? path.join(dist, 'index.html') : undefined;
  const index = indexPath && existsSync(indexPath) ? readFileSync(indexPath) : undefined;
  if (!index) return { fallback: () => false };

  await app.register(async (pages) => {
    // The app's files are public (its login page needs them); its data stays behind /api/alert-app.
    pages.addHook('onRoute', (route) => {
      route.config = { ...(route.config ?? {}), public: true };
    });
    pages.get('/alertas', (_req, reply) => reply.redirect(ALERT_APP_PREFIX, 301));
    await pages.register(fastifyStatic, {
      root: dist!,
      prefix: ALERT_APP_PREFIX,
      wildcard: false,
      index: false,
      decorateReply: false,
      cacheControl: false,
      setHeaders(reply, filePath) {
        const name = path.relative(dist!, filePath).split(path.sep).join('/');
        if (ALWAYS_REVALIDATE.has(name)) reply.header('cache-control', 'no-cache');
        else if (name.startsWith('assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
        if (name === 'sw.js') reply.header('service-worker-allowed', ALERT_APP_PREFIX);
      },
    });
  });

  return {
    fallback(req, reply) {
      const url = req.url.split('?', 1)[0]!;
      if (req.method !== 'GET' || !url.startsWith(ALERT_APP_PREFIX)) return false;
      if (!(req.headers.accept ?? '').includes('text/html')) return false;
      void reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
      return true;
    },
  };
}
