import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { decoyHash, verifyPassword } from '../passwords.js';
import { usersRepo, type UserRow } from '../users.repository.js';

/**
 * An e-mail is unique per organization only (issue item: creating a user must not reveal an e-mail of
 * another organization), so login checks the password against every user with that e-mail: exactly one
 * active match logs in. Two active matches are refused with their own code, since the account cannot be
 * told apart; the fix is a different password in one organization (README "Users, e-mails and passwords").
 */
export async function userForPassword(platform: Platform, email: string, password: string): Promise<UserRow> {
  const candidates = await platform.tenant.inSystem((s) => usersRepo.byEmailForLogin(s, email));
  // An unknown e-mail still costs one verification, so response time does not reveal which e-mails exist.
  if (!candidates.length) {
    await verifyPassword(await decoyHash(), password);
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  const matches: UserRow[] = [];
  for (const user of candidates) if (await verifyPassword(user.passwordHash, password)) matches.push(user);
  const active = matches.filter((u) => u.active);
  if (active.length === 1) return active[0]!;
  if (active.length > 1) throw new AppError('AUTH_ACCOUNT_AMBIGUOUS');
  throw new AppError(matches.length ? 'AUTH_USER_INACTIVE' : 'AUTH_INVALID_CREDENTIALS');
}
