import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFoundHandler } from '../errors.js';

/**
 * Serves the built console; any unknown GET outside /api that accepts HTML gets index.html
 * (client-side routes), everything else the JSON 404 (SPEC acceptance: unknown routes → JSON).
 */
export async function registerWeb(app: FastifyInstance, webDist: string | undefined) {
  const index = webDist ? path.join(webDist, 'index.html') : undefined;
  const hasWeb = index !== undefined && existsSync(index);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist!, wildcard: false, index: false });
  }
  app.setNotFoundHandler((req, reply) => {
    const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    const isApi = req.url.startsWith('/api/') || req.url === '/api' || req.url.startsWith('/socket.io');
    if (hasWeb && wantsHtml && !isApi) return reply.type('text/html').sendFile('index.html');
    return notFoundHandler(req, reply);
  });
}
