import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { isEmbeddable } from './embeddable.js';

/**
 * SPEC CH-01: the widget's script and API answer any origin, without cookies (the visitor token
 * travels in its own header), preflights included; every other address stays same-origin only.
 */
export async function registerCrossOrigin(app: FastifyInstance) {
  await app.register(cors, {
    delegator: (req, cb) =>
      cb(
        null,
        isEmbeddable(req.url)
          ? {
              origin: '*',
              credentials: false,
              methods: ['GET', 'POST'],
              allowedHeaders: ['content-type', 'x-visitor-token', 'accept-language'],
              maxAge: 86400,
            }
          : { origin: false },
      ),
  });
}
