import { timingSafeEqual } from 'node:crypto';
import type { ErrorCode } from '@atende/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '../../platform/auth/index.js';
import type { SystemScope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { newToken, sessionIdFor } from './session-tokens.js';

// Sessions of people who are not staff — alert-app users (SPEC ALR-01) and portal customers
// (PER-06): each kind has its own cookie and table, never the staff ones, so such a cookie never
// acts in the console; the token is stored hashed like staff sessions', and writes echo a
// synchronizer CSRF token.

/** Where one kind of session lives: its table, read as the kind's principal. */
export type SideSessionStore<P> = {
  bySessionId(s: SystemScope, id: string): Promise<P | null>;
  insert(s: SystemScope, row: { id: string; organizationId: string; userId: string; csrfToken: string; expiresAt: Date }): Promise<void>;
  remove(s: SystemScope, sessionId: string): Promise<void>;
  purgeExpired(s: SystemScope): Promise<void>;
};

type SidePrincipal = { sessionId: string; csrfToken: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const secret = () => process.env.SESSION_SECRET;

function sameToken(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function sideSessions<P extends SidePrincipal>(kind: { cookie: string; unauthenticated: ErrorCode; store: SideSessionStore<P> }) {
  const { cookie, unauthenticated, store } = kind;

  /** The session behind a cookie's token, or null (unknown, expired, or its user was deactivated). */
  async function principal(platform: Platform, token: string | undefined): Promise<P | null> {
    if (!token) return null;
    return platform.tenant.inSystem((s) => store.bySessionId(s, sessionIdFor(token, secret())));
  }

  /** The principal of this request; writes must echo the session's CSRF token. */
  async function principalOf(platform: Platform, req: FastifyRequest): Promise<P> {
    const p = await principal(platform, req.cookies[cookie]);
    if (!p) throw new AppError(unauthenticated);
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, p.csrfToken)) throw new AppError('AUTH_CSRF');
    }
    return p;
  }

  /** Opens a session: the cookie carries the token, the table its keyed hash. */
  async function open(platform: Platform, reply: FastifyReply, user: { id: string; organizationId: string }): Promise<P> {
    const token = newToken();
    await platform.tenant.inSystem(async (s) => {
      // Expired sessions go when someone signs in, like staff login's own housekeeping.
      await store.purgeExpired(s);
      await store.insert(s, {
        id: sessionIdFor(token, secret()),
        organizationId: user.organizationId,
        userId: user.id,
        csrfToken: newToken(24),
        expiresAt: new Date(Date.now() + platform.config.sessionTtlMs),
      });
    });
    setSessionCookie(platform, reply, cookie, token);
    const p = await principal(platform, token);
    if (!p) throw new AppError(unauthenticated);
    return p;
  }

  async function close(platform: Platform, reply: FastifyReply, p: P) {
    await platform.tenant.inSystem((s) => store.remove(s, p.sessionId));
    clearSessionCookie(reply, cookie);
  }

  return { principal, principalOf, open, close };
}
