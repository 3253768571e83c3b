import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { avatarsRepo } from '../avatars.repository.js';
import { detectImageType, MAX_AVATAR_BYTES } from '../image-type.js';
import { usersRepo } from '../users.repository.js';

/** SPEC WS-01 "Editar Perfil": a PNG, JPEG or WebP photo of up to 1 MB, checked by its bytes. */
export async function setAvatarCommand(platform: Platform, p: Principal, data: Buffer | null): Promise<string | null> {
  if (data && (data.length > MAX_AVATAR_BYTES || !detectImageType(data))) throw new AppError('AVATAR_INVALID');
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    let url: string | null = null;
    if (data) {
      await avatarsRepo.put(s, p.userId, detectImageType(data)!, data);
      // The version in the URL makes browsers fetch the new photo instead of a cached one.
      url = `/api/users/${p.userId}/avatar?v=${Date.now()}`;
    } else {
      await avatarsRepo.remove(s, p.userId);
    }
    await usersRepo.update(s, p.userId, { avatarUrl: url });
    await platform.events.emit(s, 'user.updated', { userId: p.userId, changed: ['avatar'] });
    return url;
  });
}
