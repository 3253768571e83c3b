import { API_TOKEN_PREFIX, roleAtLeast } from '@atende/shared';
import { roleForScopes, type Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { apiTokensRepo } from './api-tokens.repository.js';
import { hashApiToken } from './token-secret.js';

/**
 * SPEC PLT-02: an API token acts for its organization as the admin who created it (so events and
 * records name a real user), with a role bounded by its scopes. A token of a deactivated creator
 * stops working with the creator's sessions.
 */
export function bearerAuthenticatorFor(platform: Platform) {
  return async (token: string): Promise<Principal> => {
    if (!token.startsWith(API_TOKEN_PREFIX)) throw new AppError('API_TOKEN_INVALID');
    const row = await platform.tenant.inSystem((s) => apiTokensRepo.byHash(s, hashApiToken(token)));
    if (!row || !row.user.active) throw new AppError('API_TOKEN_INVALID');
    const { token: t, user } = row;
    if (t.revokedAt) throw new AppError('API_TOKEN_REVOKED');
    if (t.expiresAt && t.expiresAt.getTime() <= Date.now()) throw new AppError('API_TOKEN_EXPIRED');
    if (!t.lastUsedAt || Date.now() - t.lastUsedAt.getTime() >= apiTokensRepo.staleAfterMs) {
      await platform.tenant.inSystem((s) => apiTokensRepo.touch(s, t.id));
    }
    const scopeRole = roleForScopes(t.scopes);
    return {
      userId: user.id,
      organizationId: t.organizationId,
      organizationName: row.organizationName,
      sessionId: `token:${t.id}`,
      // Never compared: bearer calls skip the CSRF check. Random so it matches no header either.
      csrfToken: `token:${crypto.randomUUID()}`,
      role: roleAtLeast(user.role, scopeRole) ? scopeRole : user.role,
      name: user.name,
      email: user.email,
      locale: user.locale,
      avatarUrl: user.avatarUrl,
      extension: user.extension,
      canStartAttendance: user.canStartAttendance,
      token: { id: t.id, name: t.name, scopes: t.scopes },
    };
  };
}
