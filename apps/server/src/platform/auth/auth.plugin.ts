import { timingSafeEqual } from 'node:crypto';
import { roleAtLeast } from '@atende/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';
import { CSRF_HEADER, SESSION_COOKIE, type Authenticator, type BearerAuthenticator, type Principal } from './principal.js';
import { personalWrite, scopeAllows } from './token-scopes.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export type LogoutHook = (principal: Principal) => Promise<void>;

export type AuthService = {
  setAuthenticator(fn: Authenticator): void;
  /** SPEC PLT-02: API tokens (`Authorization: Bearer atd_…`). */
  setBearerAuthenticator(fn: BearerAuthenticator): void;
  /** The token's principal; throws a coded 401 when the token is unknown, revoked or expired. */
  authenticateBearer(token: string): Promise<Principal>;
  /**
   * Runs before a session ends by the user's own logout. 'check' hooks run first and may refuse by
   * throwing an AppError; 'cleanup' hooks run only once every check passed.
   */
  beforeLogout(fn: LogoutHook, phase?: 'check' | 'cleanup'): void;
  runBeforeLogout(principal: Principal): Promise<void>;
  authenticate(token: string | undefined): Promise<Principal | null>;
};

export function createAuthService(): AuthService {
  let authenticator: Authenticator | null = null;
  let bearer: BearerAuthenticator | null = null;
  const logoutHooks = { check: [] as LogoutHook[], cleanup: [] as LogoutHook[] };
  return {
    beforeLogout(fn, phase = 'cleanup') {
      logoutHooks[phase].push(fn);
    },
    async runBeforeLogout(principal) {
      for (const hook of [...logoutHooks.check, ...logoutHooks.cleanup]) await hook(principal);
    },
    setAuthenticator(fn) {
      authenticator = fn;
    },
    setBearerAuthenticator(fn) {
      bearer = fn;
    },
    async authenticateBearer(token) {
      if (!bearer) throw new AppError('API_TOKEN_INVALID');
      return bearer(token);
    },
    async authenticate(token) {
      if (!token || !authenticator) return null;
      return authenticator(token);
    },
  };
}

/** The token of an `Authorization: Bearer …` header; null for none or another scheme. */
function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/**
 * Every route is private unless it says `config.public`; `config.role` narrows it further.
 * Cookie-authenticated writes must echo the session's CSRF token in a header (synchronizer token).
 * SPEC PLT-02: a call with `Authorization: Bearer <API token>` is authenticated by the token alone
 * (a cookie it may carry is ignored) and needs no CSRF header: a browser never adds that header
 * by itself, so a cross-site page cannot forge such a call. The token's scopes bound what it reaches.
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { auth: AuthService }) => {
  app.decorateRequest('principal', null);
  // Guards run in onRequest, before the body is parsed or validated: an anonymous or cross-site
  // caller learns nothing about a route's body schema.
  app.addHook('onRequest', async (req: FastifyRequest) => {
    const config = req.routeOptions.config;
    const token = bearerToken(req.headers.authorization);
    if (token !== null) {
      if (config.public || req.is404) return;
      const principal = await opts.auth.authenticateBearer(token);
      req.principal = principal;
      if (!scopeAllows(principal.token?.scopes ?? [], req.method, config.role)) throw new AppError('API_TOKEN_SCOPE');
      if (personalWrite(req.method, req.routeOptions.url)) throw new AppError('API_TOKEN_SCOPE');
      if (config.role && !roleAtLeast(principal.role, config.role)) throw new AppError('AUTH_FORBIDDEN');
      return;
    }
    req.principal = await opts.auth.authenticate(req.cookies[SESSION_COOKIE]);
    if (config.public || req.is404) return;
    const principal = req.principal;
    if (!principal) throw new AppError('AUTH_REQUIRED');
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, principal.csrfToken)) throw new AppError('AUTH_CSRF');
    }
    if (config.role && !roleAtLeast(principal.role, config.role)) throw new AppError('AUTH_FORBIDDEN');
  });
});

/** The caller of a private route; the preHandler guarantees it is there. */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new AppError('AUTH_REQUIRED');
  return req.principal;
}
