import type { Locale } from '@atende/shared';
import type { Principal } from '../../../platform/auth/index.js';
import type { Platform } from '../../../platform/platform.js';
import { usersRepo } from '../users.repository.js';

// SPEC WS-01: "Idioma" persists per user; "Editar Perfil" changes the name.
export async function updateMeCommand(platform: Platform, p: Principal, input: { locale?: Locale; name?: string }): Promise<Principal> {
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (!Object.keys(changes).length) return p;
  await platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    await usersRepo.update(s, p.userId, changes);
    if (changes.name) await platform.events.emit(s, 'user.updated', { userId: p.userId, changed: ['name'] });
  });
  return { ...p, ...changes };
}
