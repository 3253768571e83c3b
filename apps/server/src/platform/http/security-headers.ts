import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { isEmbeddable } from './embeddable.js';

/**
 * Issue item "no security headers": a CSP without inline script (Mantine and the widget's shadow
 * root still need inline styles), no framing of the console by any site (clickjacking), nosniff,
 * no referrer (survey and widget links carry tokens in their paths), and HSTS only when the server
 * is reached over https (on plain http it would lock browsers out of the address).
 */
export async function registerSecurityHeaders(app: FastifyInstance, publicUrl: string, sipWsUrl?: string) {
  const https = publicUrl.startsWith('https://');
  // SPEC VOX-06 (b): the softphone talks SIP over WebSocket to the organization's PBX.
  const pbx = sipWsUrl ? [new URL(sipWsUrl).origin] : [];
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // SPEC ALR-06: map tiles come from whatever https server an admin configured (none by default).
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        // 'self' covers the same-origin WebSocket of Socket.IO.
        connectSrc: ["'self'", ...pbx],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: https ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  // The widget's script and its attachment images are loaded by customers' pages (no-cors requests).
  app.addHook('onRequest', async (req, reply) => {
    if (isEmbeddable(req.url)) reply.header('cross-origin-resource-policy', 'cross-origin');
  });
}
