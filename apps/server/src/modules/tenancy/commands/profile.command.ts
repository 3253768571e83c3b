import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { newBlobKey } from '../../../platform/storage/storage.js';
import { avatarsRepo } from '../avatars.repository.js';
import { detectImageType, MAX_AVATAR_BYTES } from '../image-type.js';
import { usersRepo } from '../users.repository.js';

/**
 * SPEC WS-01 "Editar Perfil": a PNG, JPEG or WebP photo of up to 1 MB, checked by its bytes. The
 * photo is stored before the row points at it; the previous one goes once the change is committed,
 * the new one if it is not.
 */
export async function setAvatarCommand(platform: Platform, p: Principal, data: Buffer | null): Promise<string | null> {
  const type = data ? detectImageType(data) : undefined;
  if (data && (data.length > MAX_AVATAR_BYTES || !type)) throw new AppError('AVATAR_INVALID');
  const key = data ? newBlobKey(p.organizationId, 'avatars') : null;
  if (data && key) await platform.storage.put(key, data, { contentType: type! });
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    if (key) s.onRollback(() => platform.storage.delete(key));
    const previous = await avatarsRepo.get(s, p.userId);
    let url: string | null = null;
    if (key) {
      await avatarsRepo.put(s, p.userId, type!, key);
      // The version in the URL makes browsers fetch the new photo instead of a cached one.
      url = `/api/users/${p.userId}/avatar?v=${Date.now()}`;
    } else {
      await avatarsRepo.remove(s, p.userId);
    }
    await usersRepo.update(s, p.userId, { avatarUrl: url });
    await platform.events.emit(s, 'user.updated', { userId: p.userId, changed: ['avatar'] });
    const old = previous?.storageKey;
    if (old) s.onCommit(() => void platform.storage.delete(old).catch(() => undefined));
    return url;
  });
}
