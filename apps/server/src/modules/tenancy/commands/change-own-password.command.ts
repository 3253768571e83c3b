import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { hashPassword, verifyPassword } from '../passwords.js';
import { checkNewPassword } from '../password-rules.js';
import { usersRepo } from '../users.repository.js';
import { revokeSessions } from './revoke-sessions.js';

export async function changeOwnPasswordCommand(platform: Platform, p: Principal, input: { currentPassword: string; newPassword: string }) {
  const passwordHash = await hashPassword(input.newPassword);
  await platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    const user = await usersRepo.byId(s, p.userId);
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError('AUTH_WRONG_PASSWORD');
    await checkNewPassword(input.newPassword, user);
    await usersRepo.update(s, p.userId, { passwordHash, passwordChangedAt: new Date() });
    await platform.events.emit(s, 'user.password_changed', { userId: p.userId });
  });
  // Every other session of this user ends; the one that asked stays signed in.
  await revokeSessions(platform, p.userId, p.sessionId);
}
