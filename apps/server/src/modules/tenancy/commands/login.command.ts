import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { decoyHash, verifyPassword } from '../passwords.js';
import { sessionsRepo } from '../sessions.repository.js';
import { newToken, sessionIdFor } from '../session-tokens.js';
import { usersRepo } from '../users.repository.js';

const MAX_FAILURES_PER_MINUTE = 10;

export type LoginInput = { email: string; password: string; ip: string; userAgent?: string };

/** Brute-force defence: >10 failures a minute for one e-mail or one IP → 429, counted across instances. */
export async function loginCommand(platform: Platform, input: LoginInput): Promise<{ token: string }> {
  const keys = [`email:${input.email}`, `ip:${input.ip}`];
  const failures = await platform.tenant.inSystem((s) => sessionsRepo.countRecentFailures(s, keys, 60));
  if (failures >= MAX_FAILURES_PER_MINUTE) throw new AppError('AUTH_TOO_MANY_ATTEMPTS');

  const user = await platform.tenant.inSystem((s) => usersRepo.byEmailForLogin(s, input.email));
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !valid) {
    await platform.tenant.inSystem((s) => sessionsRepo.recordFailure(s, keys));
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  if (!user.active) throw new AppError('AUTH_USER_INACTIVE');

  const token = newToken();
  await platform.tenant.inSystem((s) =>
    sessionsRepo.insert(s, {
      id: sessionIdFor(token, process.env.SESSION_SECRET),
      organizationId: user.organizationId,
      userId: user.id,
      csrfToken: newToken(24),
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300),
      expiresAt: new Date(Date.now() + platform.config.sessionTtlMs),
    }),
  );
  return { token };
}
