import type { User, createUserBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import type { Platform } from '../../../platform/platform.js';
import { toUser } from '../mappers.js';
import { hashPassword } from '../passwords.js';
import { checkNewPassword } from '../password-rules.js';
import { mapUserConstraint } from '../user-errors.js';
import { usersRepo } from '../users.repository.js';

// SPEC ORG-02: only admins manage users (the route requires the role).
export async function createUserCommand(platform: Platform, p: Principal, input: z.infer<typeof createUserBody>): Promise<User> {
  await checkNewPassword(input.password, { email: input.email });
  const passwordHash = await hashPassword(input.password);
  try {
    return await platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
      const row = await usersRepo.insert(s, {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash,
        locale: input.locale,
        extension: input.extension ?? null,
        canStartAttendance: input.canStartAttendance,
      });
      await platform.events.emit(s, 'user.created', { userId: row.id, role: row.role });
      return toUser(row);
    });
  } catch (err) {
    return mapUserConstraint(err);
  }
}
