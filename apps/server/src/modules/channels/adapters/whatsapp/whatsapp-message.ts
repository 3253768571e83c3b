import type { MessageContent, SharedContact } from '@atende/shared';
import type { InboundMessageBody } from '../port.js';
import type { WaContactCard, WaMediaObject, WaMessage } from './whatsapp-wire.js';

// SPEC CH-02, ATT-05: one WhatsApp message (other than a reaction) as a normalised message body.
// Media arrive as ids; the pipeline fetches the bytes afterwards, so their content starts "pending".

const MEDIA_TYPES = ['image', 'audio', 'video', 'document', 'sticker'] as const;
type WaMediaType = (typeof MEDIA_TYPES)[number];

function isMediaType(type: string | undefined): type is WaMediaType {
  return (MEDIA_TYPES as readonly (string | undefined)[]).includes(type);
}

function mediaBody(type: WaMediaType, media: WaMediaObject | undefined): InboundMessageBody {
  // Voice notes recorded in WhatsApp come as audio with `voice: true`.
  const kind = type === 'audio' && media?.voice === true ? 'voice' : type;
  if (!media?.id) return unsupported(type);
  return {
    kind,
    text: media.caption ?? '',
    content: { media: { status: 'pending' } },
    media: {
      providerMediaId: media.id,
      ...(media.mime_type ? { mimeType: media.mime_type } : {}),
      ...(media.sha256 ? { sha256: media.sha256 } : {}),
      ...(media.filename ? { fileName: media.filename } : {}),
    },
  };
}

function sharedContact(card: WaContactCard): SharedContact {
  const name = card.name?.formatted_name ?? [card.name?.first_name, card.name?.last_name].filter(Boolean).join(' ');
  const organization = card.org?.company;
  return {
    name,
    phones: (card.phones ?? []).map((p) => p.phone ?? (p.wa_id ? `+${p.wa_id}` : '')).filter(Boolean),
    emails: (card.emails ?? []).map((e) => e.email ?? '').filter(Boolean),
    ...(organization ? { organization } : {}),
  };
}

function unsupported(providerType: string): InboundMessageBody {
  return { kind: 'unsupported', text: '', content: { providerType } };
}

function interactive(reply: MessageContent['reply']): InboundMessageBody {
  return { kind: 'interactive', text: reply!.title, content: { reply } };
}

/** The body of a message; types we do not show (orders, system notices, unknown) become `unsupported`. */
export function messageBody(msg: WaMessage): InboundMessageBody {
  const type = msg.type ?? 'unknown';
  if (type === 'text') return { kind: 'text', text: msg.text?.body ?? '', content: null };
  if (isMediaType(type)) return mediaBody(type, msg[type]);
  if (type === 'location' && typeof msg.location?.latitude === 'number' && typeof msg.location.longitude === 'number') {
    const { latitude, longitude, name, address } = msg.location;
    return { kind: 'location', text: '', content: { location: { latitude, longitude, ...(name ? { name } : {}), ...(address ? { address } : {}) } } };
  }
  if (type === 'contacts' && msg.contacts?.length) return { kind: 'contacts', text: '', content: { contacts: msg.contacts.map(sharedContact) } };
  if (type === 'interactive') {
    const sub = msg.interactive?.type;
    const button = msg.interactive?.button_reply;
    const list = msg.interactive?.list_reply;
    if (sub === 'button_reply' && button?.id) return interactive({ id: button.id, title: button.title ?? '' });
    if (sub === 'list_reply' && list?.id) {
      return interactive({ id: list.id, title: list.title ?? '', ...(list.description ? { description: list.description } : {}) });
    }
    return unsupported(`interactive.${sub ?? 'unknown'}`);
  }
  // A quick-reply button of a template the agent sent.
  if (type === 'button' && msg.button) {
    const title = msg.button.text ?? msg.button.payload ?? '';
    return interactive({ id: msg.button.payload ?? title, title });
  }
  return unsupported(type);
}
