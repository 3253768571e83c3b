import type { ApiTokenScope, Locale, Role } from '@atende/shared';

/** Who is calling, resolved from the session cookie once per request or socket. */
export type Principal = {
  userId: string;
  organizationId: string;
  organizationName: string;
  sessionId: string;
  csrfToken: string;
  role: Role;
  name: string;
  email: string;
  locale: Locale;
  avatarUrl: string | null;
  extension: string | null;
  canStartAttendance: boolean;
  /** SPEC PLT-02: set when the call came with an API token (`Authorization: Bearer`), not a session. */
  token?: { id: string; name: string; scopes: ApiTokenScope[] };
};

/** Provided by the tenancy module: sessions and users are its tables. */
export type Authenticator = (sessionToken: string) => Promise<Principal | null>;

/**
 * SPEC PLT-02: resolves an API token (provided by the integrations module). Throws a coded 401
 * AppError for an unknown, revoked or expired token, so the caller learns which.
 */
export type BearerAuthenticator = (token: string) => Promise<Principal>;

export const SESSION_COOKIE = 'atende_sid';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, public pages). */
    public?: boolean;
    /** Least role allowed; any signed-in user when absent. */
    role?: Role;
  }
}
