import type { Locale } from '@atende/shared';
import type { Principal } from '../../../platform/auth/index.js';
import type { Platform } from '../../../platform/platform.js';
import { usersRepo } from '../users.repository.js';

export async function updateMeCommand(platform: Platform, p: Principal, input: { locale?: Locale }): Promise<Principal> {
  if (!input.locale) return p;
  await platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    await usersRepo.update(s, p.userId, { locale: input.locale });
  });
  return { ...p, locale: input.locale };
}
