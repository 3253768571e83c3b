import type { MediaKind } from '@atende/shared';
import type { messageForDelivery } from '../../attendances/index.js';
import { systemMessageText } from '../../attendances/index.js';
import type { OutboundMessage } from '../adapters/port.js';

type Found = NonNullable<Awaited<ReturnType<typeof messageForDelivery>>>;

/** Which kind of media a file goes as: voice notes are Ogg audio (WhatsApp and Telegram play them as such). */
export function mediaKindOf(contentType: string): MediaKind {
  if (contentType.startsWith('image/')) return 'image';
  if (contentType === 'audio/ogg') return 'voice';
  if (contentType.startsWith('audio/')) return 'audio';
  if (contentType.startsWith('video/')) return 'video';
  return 'document';
}

/** The stored message as the provider should receive it; null when nothing of it is for the contact. */
export function outboundContent(found: Found, publicUrl: string, fileBytes?: Buffer): OutboundMessage['content'] | null {
  const { message: m, attachment } = found;
  if (m.kind === 'template' && m.content?.template) return { kind: 'template', ...m.content.template };
  if (m.authorKind === 'system') {
    const text = systemMessageText(m.body, publicUrl);
    return text ? { kind: 'text', text } : null;
  }
  if (attachment && fileBytes) {
    return {
      kind: 'media',
      mediaKind: mediaKindOf(attachment.contentType),
      file: { bytes: fileBytes, fileName: attachment.fileName, mimeType: attachment.contentType },
      ...(m.body ? { caption: m.body } : {}),
    };
  }
  return { kind: 'text', text: m.body };
}
