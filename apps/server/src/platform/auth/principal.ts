import type { Locale, Role } from '@atende/shared';

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
};

/** Provided by the tenancy module: sessions and users are its tables. */
export type Authenticator = (sessionToken: string) => Promise<Principal | null>;

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
