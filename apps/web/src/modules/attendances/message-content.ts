import type { Message } from '@atende/shared';

// SPEC ATT-05, CH-02, CH-03: how each kind of message is shown. Pure pieces the bubbles use.

/** OpenStreetMap at the shared point (no key, no tracking script: a plain link). */
export function mapUrl(latitude: number, longitude: number): string {
  const lat = latitude.toFixed(6);
  const lon = longitude.toFixed(6);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

/** Reactions grouped by emoji, in the order each first appeared, with how many gave it. */
export function groupReactions(reactions: Message['reactions']): { emoji: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of reactions) counts.set(r.emoji, (counts.get(r.emoji) ?? 0) + 1);
  return [...counts].map(([emoji, count]) => ({ emoji, count }));
}

export type BodyFamily = 'media' | 'location' | 'contacts' | 'interactive' | 'template' | 'unsupported' | 'text';

/** Which component shows the message's content (its text, if any, is shown under it by the bubble). */
export function bodyFamily(message: Pick<Message, 'kind' | 'attachment'>): BodyFamily {
  switch (message.kind) {
    case 'image':
    case 'audio':
    case 'voice':
    case 'video':
    case 'document':
    case 'sticker':
      return 'media';
    case 'location':
    case 'contacts':
    case 'interactive':
    case 'template':
    case 'unsupported':
      return message.kind;
    default:
      // Web chat's files are text messages with an attachment (ATT-05).
      return message.attachment ? 'media' : 'text';
  }
}

/** Whether the bubble also shows `body` under the content (a caption; not the template's own text). */
export function showsBody(message: Pick<Message, 'kind' | 'body'>): boolean {
  return Boolean(message.body) && message.kind !== 'template' && message.kind !== 'interactive' && message.kind !== 'location';
}
