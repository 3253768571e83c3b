import type { MediaKind } from '@atende/shared';
import { ProviderError } from '../port.js';
import type { AdapterChannel, OutboundMessage, ProviderContext, SendResult } from '../port.js';
import { credentialsOf, graphJson, graphUrl, jsonPost } from './whatsapp-http.js';
import { uploadMedia } from './whatsapp-media.js';

// SPEC CH-02: an agent's message → POST /{phone-number-id}/messages. Free text and media are
// accepted only inside the 24-hour window (the provider answers 131047 otherwise); templates always.

/** WhatsApp's message type for each media kind (voice notes are sent as audio). */
const WA_MEDIA_TYPE: Record<MediaKind, 'image' | 'audio' | 'video' | 'document' | 'sticker'> = {
  image: 'image',
  audio: 'audio',
  voice: 'audio',
  video: 'video',
  document: 'document',
  sticker: 'sticker',
};
/** Only these media types take a caption. */
const CAPTIONED = new Set(['image', 'video', 'document']);

type SendAnswer = { messages?: { id?: string }[] };

/** The type-specific part of the message body (without the addressing). */
async function messagePart(out: OutboundMessage, phoneNumberId: string, accessToken: string, ctx: ProviderContext) {
  const c = out.content;
  if (c.kind === 'text') return { type: 'text', text: { preview_url: false, body: c.text } };
  if (c.kind === 'template') {
    const components = c.params.length ? [{ type: 'body', parameters: c.params.map((text) => ({ type: 'text', text })) }] : [];
    return { type: 'template', template: { name: c.name, language: { code: c.language }, components } };
  }
  const type = WA_MEDIA_TYPE[c.mediaKind];
  const id = await uploadMedia(c.file, phoneNumberId, accessToken, ctx);
  const media: Record<string, string> = { id };
  if (c.caption && CAPTIONED.has(type)) media.caption = c.caption;
  if (type === 'document') media.filename = c.file.fileName;
  return { type, [type]: media };
}

export async function sendMessage(out: OutboundMessage, channel: AdapterChannel, ctx: ProviderContext): Promise<SendResult> {
  const { phoneNumberId, accessToken } = credentialsOf(channel);
  const part = await messagePart(out, phoneNumberId, accessToken, ctx);
  // biz_opaque_callback_data carries our message id; Meta echoes it in this message's status webhooks.
  const payload = { messaging_product: 'whatsapp', recipient_type: 'individual', to: out.to, biz_opaque_callback_data: out.messageId, ...part };
  const res = await graphJson<SendAnswer>(ctx, accessToken, graphUrl(ctx, `${phoneNumberId}/messages`), jsonPost(payload));
  const providerMessageId = res.messages?.[0]?.id;
  if (!providerMessageId) throw new ProviderError('permanent', 'bad_response', 'The provider answered no message id');
  return { providerMessageId };
}
