import type { FastifyReply } from 'fastify';
import type { Platform } from '../../../platform/platform.js';
import { openAttachment } from '../contact-view.js';

/**
 * SPEC ATT-05: a stored file streamed to whoever may read it (agent or visitor), shown inline by the
 * browser but never sniffed into another type.
 */
export async function sendAttachment(
  platform: Platform,
  reply: FastifyReply,
  file: { storageKey: string | null; contentType: string; fileName: string },
) {
  const blob = await openAttachment(platform, file);
  return reply
    .type(file.contentType)
    .header('content-length', blob.size)
    .header('content-disposition', `inline; filename="${encodeURIComponent(file.fileName)}"`)
    .header('x-content-type-options', 'nosniff')
    .send(blob.stream);
}
