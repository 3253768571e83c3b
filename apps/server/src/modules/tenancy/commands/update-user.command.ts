import type { User, updateUserBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { toUser } from '../mappers.js';
import { mapUserConstraint } from '../user-errors.js';
import { usersRepo } from '../users.repository.js';
import { dropSockets, revokeSessions } from './revoke-sessions.js';

type Input = z.infer<typeof updateUserBody>;

/** Edits, deactivates or reactivates a user; keeps at least one active admin in the organization. */
export async function updateUserCommand(platform: Platform, p: Principal, id: string, input: Input): Promise<User> {
  if (input.active === false && id === p.userId) throw new AppError('USER_CANNOT_DEACTIVATE_SELF');
  let ended = false;
  let roleChanged = false;
  try {
    const user = await platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
      const current = await usersRepo.byId(s, id);
      if (!current) throw new AppError('USER_NOT_FOUND');
      const losesAdmin = current.role === 'admin' && current.active && (input.active === false || (input.role && input.role !== 'admin'));
      if (losesAdmin && (await usersRepo.countActiveAdmins(s, id)) === 0) throw new AppError('USER_LAST_ADMIN');
      const row = await usersRepo.update(s, id, input);
      ended = current.active && input.active === false;
      roleChanged = input.role !== undefined && input.role !== current.role;
      const teams = await usersRepo.teamIdsByUser(s, [id]);
      await platform.events.emit(s, ended ? 'user.deactivated' : 'user.updated', { userId: id, changed: Object.keys(input) });
      return toUser(row!, teams.get(id));
    });
    if (ended) await revokeSessions(platform, id);
    else if (roleChanged) await dropSockets(platform, p.organizationId, [id]);
    return user;
  } catch (err) {
    return mapUserConstraint(err);
  }
}
