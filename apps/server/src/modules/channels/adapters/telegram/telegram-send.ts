import type { MediaKind } from '@atende/shared';
import type { AdapterChannel, OutboundMessage, ProviderContext, SendResult } from '../port.js';
import { ProviderError } from '../port.js';
import { callTelegram } from './telegram-api.js';
import { messageKey } from './telegram-parse.js';
import type { TgMessage } from './telegram-types.js';

// SPEC CH-03: what an agent writes → sendMessage, or a multipart upload of the file to the send
// method of its kind. Telegram has no approved templates and no reply window.

/** Send method and the form field that carries the file, per media kind. */
const UPLOADS: Record<MediaKind, { method: string; field: string; caption: boolean }> = {
  image: { method: 'sendPhoto', field: 'photo', caption: true },
  document: { method: 'sendDocument', field: 'document', caption: true },
  voice: { method: 'sendVoice', field: 'voice', caption: true },
  audio: { method: 'sendAudio', field: 'audio', caption: true },
  video: { method: 'sendVideo', field: 'video', caption: true },
  sticker: { method: 'sendSticker', field: 'sticker', caption: false },
};

export async function sendTelegram(out: OutboundMessage, channel: AdapterChannel, ctx: ProviderContext): Promise<SendResult> {
  const content = out.content;
  let sent: TgMessage;
  if (content.kind === 'text') {
    sent = await callTelegram<TgMessage>(ctx, channel, 'sendMessage', { chat_id: out.to, text: content.text });
  } else if (content.kind === 'media') {
    const upload = UPLOADS[content.mediaKind];
    const form = new FormData();
    form.set('chat_id', out.to);
    if (upload.caption && content.caption) form.set('caption', content.caption);
    const { bytes, fileName, mimeType } = content.file;
    // A copy into a fresh ArrayBuffer: a Buffer may be a view into Node's shared pool.
    form.set(upload.field, new Blob([new Uint8Array(bytes)], { type: mimeType }), fileName);
    sent = await callTelegram<TgMessage>(ctx, channel, upload.method, form);
  } else {
    throw new ProviderError('permanent', 'TEMPLATES_UNSUPPORTED', 'O Telegram não tem modelos de mensagem');
  }
  if (!sent || typeof sent.message_id !== 'number' || !sent.chat) {
    // Telegram said ok: retrying could deliver the message twice.
    throw new ProviderError('permanent', 'BAD_RESPONSE', 'Resposta inesperada do Telegram');
  }
  return { providerMessageId: messageKey(sent.chat, sent.message_id) };
}
