import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { newToken, sessionIdFor } from '../../tenancy/index.js';
import { portalSessionsRepo } from './portal-users.repository.js';

// SPEC PER-06: the portal's own cookie and sessions, apart from staff and alert-app ones (the same
// pattern as the alert app): a customer's cookie never acts in the console.
export const PORTAL_COOKIE = 'atende_portal_sid';

export type PortalPrincipal = { portalUserId: string; personId: string; organizationId: string; sessionId: string; csrfToken: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const secret = () => process.env.SESSION_SECRET;

async function portalPrincipal(platform: Platform, token: string | undefined): Promise<PortalPrincipal | null> {
  if (!token) return null;
  const row = await platform.tenant.inSystem((s) => portalSessionsRepo.bySessionId(s, sessionIdFor(token, secret())));
  return row
    ? {
        portalUserId: row.user.id,
        personId: row.user.personId,
        organizationId: row.session.organizationId,
        sessionId: row.session.id,
        csrfToken: row.session.csrfToken,
      }
    : null;
}

function sameToken(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The customer of this request; writes must echo the session's CSRF token. */
export async function portalPrincipalOf(platform: Platform, req: FastifyRequest): Promise<PortalPrincipal> {
  const p = await portalPrincipal(platform, req.cookies[PORTAL_COOKIE]);
  if (!p) throw new AppError('PORTAL_UNAUTHENTICATED');
  if (!SAFE_METHODS.has(req.method)) {
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, p.csrfToken)) throw new AppError('AUTH_CSRF');
  }
  return p;
}

export async function openPortalSession(platform: Platform, reply: FastifyReply, user: { id: string; organizationId: string }) {
  const token = newToken();
  await platform.tenant.inSystem(async (s) => {
    await portalSessionsRepo.purgeExpired(s);
    await portalSessionsRepo.insert(s, {
      id: sessionIdFor(token, secret()),
      organizationId: user.organizationId,
      portalUserId: user.id,
      csrfToken: newToken(24),
      expiresAt: new Date(Date.now() + platform.config.sessionTtlMs),
    });
  });
  reply.setCookie(PORTAL_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: platform.config.cookieSecure,
    path: '/',
    maxAge: Math.floor(platform.config.sessionTtlMs / 1000),
  });
  const p = await portalPrincipal(platform, token);
  if (!p) throw new AppError('PORTAL_UNAUTHENTICATED');
  return p;
}

export async function closePortalSession(platform: Platform, reply: FastifyReply, p: PortalPrincipal) {
  await platform.tenant.inSystem((s) => portalSessionsRepo.remove(s, p.sessionId));
  reply.clearCookie(PORTAL_COOKIE, { path: '/' });
}
