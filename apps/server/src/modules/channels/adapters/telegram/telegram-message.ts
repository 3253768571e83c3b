import type { InboundMessageBody } from '../port.js';
import type { TgMessage } from './telegram-types.js';

// SPEC CH-03, ATT-05: a Telegram message's content → the normalised kind, text and media. Media
// stays at Telegram (`file_id`) until the pipeline asks `fetchMedia` for its bytes.

/** Content fields Telegram may send that Atende does not show; the first present names the message. */
const UNSUPPORTED_FIELDS = [
  'poll',
  'dice',
  'game',
  'story',
  'invoice',
  'successful_payment',
  'paid_media',
  'giveaway',
  'giveaway_winners',
  'checklist',
  'new_chat_members',
  'left_chat_member',
  'new_chat_title',
  'new_chat_photo',
  'pinned_message',
] as const;

const pending = { media: { status: 'pending' as const } };

export function messageBody(m: TgMessage): InboundMessageBody {
  const caption = m.caption ?? '';
  if (typeof m.text === 'string') return { kind: 'text', text: m.text, content: null };
  if (m.photo?.length) {
    // Telegram sends every size it made; the last is the largest.
    const largest = m.photo.reduce((a, b) => (b.width * b.height >= a.width * a.height ? b : a));
    return {
      kind: 'image',
      text: caption,
      content: pending,
      media: { providerMediaId: largest.file_id, mimeType: 'image/jpeg', size: largest.file_size },
    };
  }
  if (m.voice) {
    const v = m.voice;
    return {
      kind: 'voice',
      text: caption,
      content: pending,
      media: { providerMediaId: v.file_id, mimeType: v.mime_type ?? 'audio/ogg', size: v.file_size },
    };
  }
  if (m.audio) {
    const a = m.audio;
    const media = { providerMediaId: a.file_id, mimeType: a.mime_type ?? 'audio/mpeg', size: a.file_size, fileName: a.file_name };
    return { kind: 'audio', text: caption, content: pending, media };
  }
  // An animation (GIF) is an MP4 without sound; Telegram also fills `document` for it, so look first.
  const video = m.video ?? m.animation;
  if (video) {
    const media = { providerMediaId: video.file_id, mimeType: video.mime_type ?? 'video/mp4', size: video.file_size, fileName: video.file_name };
    return { kind: 'video', text: caption, content: pending, media };
  }
  if (m.video_note) {
    return {
      kind: 'video',
      text: '',
      content: pending,
      media: { providerMediaId: m.video_note.file_id, mimeType: 'video/mp4', size: m.video_note.file_size },
    };
  }
  if (m.document) {
    const d = m.document;
    const media = { providerMediaId: d.file_id, mimeType: d.mime_type, size: d.file_size, fileName: d.file_name };
    return { kind: 'document', text: caption, content: pending, media };
  }
  if (m.sticker) {
    const s = m.sticker;
    const mimeType = s.is_animated ? 'application/x-tgsticker' : s.is_video ? 'video/webm' : 'image/webp';
    return { kind: 'sticker', text: '', content: pending, media: { providerMediaId: s.file_id, mimeType, size: s.file_size } };
  }
  // A venue also carries `location`: read it first for its name and address.
  if (m.venue) {
    const { location, title, address } = m.venue;
    return {
      kind: 'location',
      text: '',
      content: { location: { latitude: location.latitude, longitude: location.longitude, name: title, address } },
    };
  }
  if (m.location) {
    return { kind: 'location', text: '', content: { location: { latitude: m.location.latitude, longitude: m.location.longitude } } };
  }
  if (m.contact) {
    const c = m.contact;
    const name = [c.first_name, c.last_name].filter(Boolean).join(' ');
    return { kind: 'contacts', text: '', content: { contacts: [{ name, phones: [c.phone_number], emails: [] }] } };
  }
  const providerType = UNSUPPORTED_FIELDS.find((field) => m[field] !== undefined) ?? 'unknown';
  return { kind: 'unsupported', text: caption, content: { providerType } };
}
