import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { loginAttemptsRepo } from '../login-attempts.repository.js';
import { sessionsRepo } from '../sessions.repository.js';
import { newToken, sessionIdFor } from '../session-tokens.js';
import { userForPassword } from './user-for-password.js';

const MAX_ATTEMPTS_PER_MINUTE = 10;

export type LoginInput = { email: string; password: string; ip: string; userAgent?: string };

/**
 * Brute-force defence: at most 10 passwords are checked a minute for one e-mail or one address, counted
 * across instances; the rest answer 429 without being checked. The attempt is counted before the check
 * and given back on success (issue item: login limit raced).
 */
export async function loginCommand(platform: Platform, input: LoginInput): Promise<{ token: string }> {
  // Order matters: e-mail before address (see loginAttemptsRepo).
  const keys = [`email:${input.email}`, `ip:${input.ip}`];
  const attempts = await platform.tenant.inSystem((s) => loginAttemptsRepo.count(s, keys));
  await platform.tenant.inSystem((s) => loginAttemptsRepo.purgeStale(s));
  if (attempts > MAX_ATTEMPTS_PER_MINUTE) throw new AppError('AUTH_TOO_MANY_ATTEMPTS');

  const user = await userForPassword(platform, input.email, input.password);
  await platform.tenant.inSystem((s) => loginAttemptsRepo.giveBack(s, keys));

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
