import type { Me } from '@atende/shared';
import type { Principal } from '../../platform/auth/index.js';
import type { Platform } from '../../platform/platform.js';
import { sessionsRepo } from './sessions.repository.js';
import { sessionIdFor } from './session-tokens.js';

/** The authenticator the platform asks on every request and socket (sessions are this module's table). */
export function authenticatorFor(platform: Platform) {
  const secret = process.env.SESSION_SECRET;
  return async (token: string): Promise<Principal | null> => {
    const row = await platform.tenant.inSystem((s) => sessionsRepo.principalBySessionId(s, sessionIdFor(token, secret)));
    if (!row) return null;
    const { session, user } = row;
    return {
      userId: user.id,
      organizationId: user.organizationId,
      organizationName: row.organizationName,
      sessionId: session.id,
      csrfToken: session.csrfToken,
      role: user.role,
      name: user.name,
      email: user.email,
      locale: user.locale,
      avatarUrl: user.avatarUrl,
      extension: user.extension,
      canStartAttendance: user.canStartAttendance,
    };
  };
}

export function toMe(p: Principal): Me {
  return {
    id: p.userId,
    name: p.name,
    email: p.email,
    role: p.role,
    organizationId: p.organizationId,
    organizationName: p.organizationName,
    locale: p.locale,
    avatarUrl: p.avatarUrl,
    extension: p.extension,
    canStartAttendance: p.canStartAttendance,
    csrfToken: p.csrfToken,
  };
}
