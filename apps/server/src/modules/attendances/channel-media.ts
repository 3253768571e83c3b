import type { Scope } from '../../platform/db/tenant.js';
import type { Platform } from '../../platform/platform.js';
import { newBlobKey } from '../../platform/storage/storage.js';
import { attachmentsRepo } from './attachments.repository.js';
import { detectMediaType, MAX_MEDIA_BYTES } from './media-types.js';

/**
 * Stores media fetched from a channel for an attendance (CH-02, CH-03), checked by its bytes; answers
 * undefined when the file is not a type we accept or is too large (the message then says so). The
 * bytes go to blob storage first and are deleted again if the transaction fails.
 */
export async function storeChannelMedia(
  platform: Platform,
  s: Scope,
  attendanceId: string,
  file: { bytes: Buffer; fileName: string; declaredType: string },
) {
  const contentType = detectMediaType(file.bytes, file.declaredType);
  if (!contentType || file.bytes.length > MAX_MEDIA_BYTES) return undefined;
  const fileName = file.fileName.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'arquivo';
  const storageKey = newBlobKey(s.organizationId, 'media');
  s.onRollback(() => platform.storage.delete(storageKey));
  await platform.storage.put(storageKey, file.bytes, { contentType });
  return attachmentsRepo.insert(s, { attendanceId, fileName, contentType, size: file.bytes.length, storageKey });
}
