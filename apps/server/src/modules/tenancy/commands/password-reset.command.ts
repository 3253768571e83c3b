import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../../platform/errors.js';
import { composeMail } from '../../../platform/mail/mail-texts.js';
import type { Platform } from '../../../platform/platform.js';
import { organizations } from '../../../db/schema/tenancy.js';
import { hashPassword } from '../passwords.js';
import { checkNewPassword } from '../password-rules.js';
import { loginAttemptsRepo } from '../login-attempts.repository.js';
import { passwordResetsRepo } from '../password-resets.repository.js';
import { usersRepo } from '../users.repository.js';
import { revokeSessions } from './revoke-sessions.js';

// "Esqueci minha senha" on the console login: a one-time link by e-mail (hash stored, 1 hour,
// single use) to a page that sets a new password under the usual rules and ends every session.

const TTL_MS = 3600_000;
const MAX_REQUESTS_PER_MINUTE = 5;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Always resolves the same way, whether the e-mail exists, is inactive or its organization has no
 * SMTP: the answer never tells who has an account. Limited per e-mail and per address.
 */
export async function requestPasswordResetCommand(platform: Platform, input: { email: string; ip: string }): Promise<void> {
  const keys = [`reset:${input.email}`, `reset-ip:${input.ip}`];
  const attempts = await platform.tenant.inSystem((s) => loginAttemptsRepo.count(s, keys));
  if (attempts > MAX_REQUESTS_PER_MINUTE) throw new AppError('RATE_LIMITED');
  await platform.tenant.inSystem((s) => passwordResetsRepo.purgeStale(s));
  const candidates = (await platform.tenant.inSystem((s) => usersRepo.byEmailForLogin(s, input.email))).filter((u) => u.active);
  const base = platform.config.publicUrl.replace(/\/+$/, '');
  for (const user of candidates) {
    await platform.tenant.inTenant(user.organizationId, user.id, async (s) => {
      if (!(await platform.mail.isConfigured(s))) return;
      const token = randomBytes(32).toString('base64url');
      await passwordResetsRepo.insert(s, { tokenHash: tokenHash(token), userId: user.id, expiresAt: new Date(Date.now() + TTL_MS) });
      const [org] = await s.tx.select({ name: organizations.name }).from(organizations);
      const vars = { name: user.name, organization: org?.name ?? '', hours: '1', link: `${base}/redefinir-senha?token=${token}` };
      await platform.mail.enqueue(s, 'staff_password_reset', composeMail('staffReset', user.locale, user.email, vars));
    });
  }
}

/** Sets the new password from a link; the link then no longer works and every session of the user ends. */
export async function confirmPasswordResetCommand(platform: Platform, token: string, password: string): Promise<void> {
  const hash = tokenHash(token);
  const user = await platform.tenant.inSystem((s) => passwordResetsRepo.pending(s, hash));
  if (!user || !user.active) throw new AppError('PASSWORD_RESET_INVALID');
  await checkNewPassword(password, user);
  const passwordHash = await hashPassword(password);
  // One transaction: the link is spent only if the password really changes, and only once.
  await platform.tenant.inTenant(user.organizationId, user.id, async (s) => {
    if (!(await passwordResetsRepo.consume(s, hash, user.id))) throw new AppError('PASSWORD_RESET_INVALID');
    await usersRepo.update(s, user.id, { passwordHash, passwordChangedAt: new Date() });
    await platform.events.emit(s, 'user.password_reset', { userId: user.id });
  });
  await revokeSessions(platform, user.id);
}
