import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { hashPassword } from '../passwords.js';
import { checkNewPassword } from '../password-rules.js';
import { usersRepo } from '../users.repository.js';
import { revokeSessions } from './revoke-sessions.js';

/** An admin sets a new password; every session of that user ends (sessions are revoked on a password change). */
export async function resetUserPasswordCommand(platform: Platform, p: Principal, id: string, password: string) {
  const passwordHash = await hashPassword(password);
  await platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    const current = await usersRepo.byId(s, id);
    if (!current) throw new AppError('USER_NOT_FOUND');
    await checkNewPassword(password, current);
    await usersRepo.update(s, id, { passwordHash, passwordChangedAt: new Date() });
    await platform.events.emit(s, 'user.password_reset', { userId: id });
  });
  await revokeSessions(platform, id, id === p.userId ? p.sessionId : undefined);
}
