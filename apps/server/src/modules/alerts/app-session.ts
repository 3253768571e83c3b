import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '../../platform/auth/index.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { newToken, sessionIdFor } from '../tenancy/index.js';
import { appSessionsRepo } from './app-users.repository.js';

// SPEC ALR-01: app users have their own cookie and sessions, never the staff ones, so an app
// user can never open the console (and a staff cookie never acts as an app user).
export const APP_COOKIE = 'atende_app_sid';

export type AppPrincipal = { appUserId: string; organizationId: string; sessionId: string; csrfToken: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const secret = () => process.env.SESSION_SECRET;

/** The app session behind a cookie's token, or null (unknown, expired, or the user was deactivated). */
export async function appPrincipal(platform: Platform, token: string | undefined): Promise<AppPrincipal | null> {
  if (!token) return null;
  const row = await platform.tenant.inSystem((s) => appSessionsRepo.bySessionId(s, sessionIdFor(token, secret())));
  return row
    ? { appUserId: row.user.id, organizationId: row.session.organizationId, sessionId: row.session.id, csrfToken: row.session.csrfToken }
    : null;
}

function sameToken(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The app user of this request; writes must echo the session's CSRF token (synchronizer token). */
export async function appPrincipalOf(platform: Platform, req: FastifyRequest): Promise<AppPrincipal> {
  const p = await appPrincipal(platform, req.cookies[APP_COOKIE]);
  if (!p) throw new AppError('ALERT_APP_UNAUTHENTICATED');
  if (!SAFE_METHODS.has(req.method)) {
    const sent = req.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, p.csrfToken)) throw new AppError('AUTH_CSRF');
  }
  return p;
}

/** Opens a session for an app user: the cookie's token, hashed in the table. */
export async function openAppSession(platform: Platform, reply: FastifyReply, user: { id: string; organizationId: string }) {
  const token = newToken();
  await platform.tenant.inSystem(async (s) => {
    // Expired sessions go when someone signs in, like staff login's own housekeeping.
    await appSessionsRepo.purgeExpired(s);
    await appSessionsRepo.insert(s, {
      id: sessionIdFor(token, secret()),
      organizationId: user.organizationId,
      appUserId: user.id,
      csrfToken: newToken(24),
      expiresAt: new Date(Date.now() + platform.config.sessionTtlMs),
    });
  });
  reply.setCookie(APP_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: platform.config.cookieSecure,
    path: '/',
    maxAge: Math.floor(platform.config.sessionTtlMs / 1000),
  });
  const p = await appPrincipal(platform, token);
  if (!p) throw new AppError('ALERT_APP_UNAUTHENTICATED');
  return p;
}

export async function closeAppSession(platform: Platform, reply: FastifyReply, p: AppPrincipal) {
  await platform.tenant.inSystem((s) => appSessionsRepo.remove(s, p.sessionId));
  reply.clearCookie(APP_COOKIE, { path: '/' });
}

/** The room of one app user's sockets (namespace ALERT_APP_NAMESPACE). */
export const appUserRoom = (organizationId: string, appUserId: string) => `org:${organizationId}:appuser:${appUserId}`;
