import { createHmac, randomBytes } from 'node:crypto';

// Webhook payloads in the WhatsApp Cloud API's public format (SPEC CH-02), for tests and the demo
// script, and a sender that signs them with X-Hub-Signature-256 the way Meta does.

export type WebhookPayload = {
  object: 'whatsapp_business_account';
  entry: { id: string; changes: { field: 'messages'; value: Record<string, unknown> }[] }[];
};

export const newWamid = () => `wamid.${randomBytes(24).toString('base64url')}`;
const unixNow = () => String(Math.floor(Date.now() / 1000));

type Sender = { phoneNumberId: string; from: string; name?: string; id?: string; timestamp?: string; replyTo?: string };

/** The envelope around one change value for `phoneNumberId`. */
export function buildEnvelope(phoneNumberId: string, value: Record<string, unknown>, displayPhoneNumber = '551140000000'): WebhookPayload {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '200000000000001',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: displayPhoneNumber, phone_number_id: phoneNumberId },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

/** A webhook with one inbound message of `type`; `body` is that type's object (`{ text: { body } }`…). */
export function buildMessageWebhook(s: Sender, type: string, body: Record<string, unknown>): WebhookPayload {
  const message = {
    from: s.from,
    id: s.id ?? newWamid(),
    timestamp: s.timestamp ?? unixNow(),
    type,
    ...(s.replyTo ? { context: { from: '551140000000', id: s.replyTo } } : {}),
    ...body,
  };
  return buildEnvelope(s.phoneNumberId, { contacts: [{ profile: { name: s.name ?? s.from }, wa_id: s.from }], messages: [message] });
}

export const buildTextWebhook = (s: Sender & { text: string }) => buildMessageWebhook(s, 'text', { text: { body: s.text } });

type Media = { mediaId: string; mimeType?: string; sha256?: string };

export const buildImageWebhook = (s: Sender & Media & { caption?: string }) =>
  buildMessageWebhook(s, 'image', {
    image: { id: s.mediaId, mime_type: s.mimeType ?? 'image/jpeg', sha256: s.sha256 ?? 'c2hhMjU2', ...(s.caption ? { caption: s.caption } : {}) },
  });

export const buildAudioWebhook = (s: Sender & Media & { voice?: boolean }) =>
  buildMessageWebhook(s, 'audio', {
    audio: { id: s.mediaId, mime_type: s.mimeType ?? 'audio/ogg; codecs=opus', sha256: s.sha256 ?? 'c2hhMjU2', voice: s.voice ?? true },
  });

export const buildLocationWebhook = (s: Sender & { latitude: number; longitude: number; name?: string; address?: string }) =>
  buildMessageWebhook(s, 'location', {
    location: { latitude: s.latitude, longitude: s.longitude, ...(s.name ? { name: s.name } : {}), ...(s.address ? { address: s.address } : {}) },
  });

export type StatusInput = {
  phoneNumberId: string;
  id: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  recipientId: string;
  timestamp?: string;
  error?: { code: number; title: string; details?: string };
  /** The send's biz_opaque_callback_data, which Meta echoes in its statuses. */
  callbackData?: string;
};

export function buildStatusWebhook(s: StatusInput): WebhookPayload {
  const status = {
    id: s.id,
    status: s.status,
    timestamp: s.timestamp ?? unixNow(),
    recipient_id: s.recipientId,
    ...(s.callbackData ? { biz_opaque_callback_data: s.callbackData } : {}),
    ...(s.status !== 'failed'
      ? {
          conversation: { id: 'c0ffee0000000000000000000000000', origin: { type: 'service' } },
          pricing: { billable: true, pricing_model: 'CBP', category: 'service' },
        }
      : {}),
    ...(s.error
      ? { errors: [{ code: s.error.code, title: s.error.title, message: s.error.title, error_data: { details: s.error.details ?? s.error.title } }] }
      : {}),
  };
  return buildEnvelope(s.phoneNumberId, { statuses: [status] });
}

/** `sha256=<hex HMAC-SHA256 of body>` as Meta sends it. */
export const signatureOf = (body: string | Buffer, appSecret: string) => `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;

/** POSTs `payload` to `url` as Meta would: JSON, signed with the app secret. */
export async function signedPost(url: string, payload: unknown, appSecret: string): Promise<{ status: number; text: string }> {
  const body = JSON.stringify(payload);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureOf(body, appSecret) },
    body,
  });
  return { status: res.status, text: await res.text() };
}
