import type { Message } from '@atende/shared';

// SPEC CH-02, CH-03: where an agent's message to the contact stands, as the ticks every messaging
// app shows: a clock while it goes, ✓ sent, ✓✓ delivered, ✓✓ coloured once read. A failure names
// the provider's reason and offers "Reenviar".

export type Tick =
  | { state: 'pending' | 'sent' | 'delivered' | 'read'; label: 'sending' | 'sent' | 'delivered' | 'read' }
  | { state: 'failed'; code: string; title: string };

const labels = { pending: 'sending', sent: 'sent', delivered: 'delivered', read: 'read' } as const;

/** The tick under a message, or null when it has none (notes, system lines, the contact's messages). */
export function deliveryTick(message: Pick<Message, 'authorKind' | 'internal' | 'delivery'>): Tick | null {
  const d = message.delivery;
  if (!d || message.internal || message.authorKind === 'contact') return null;
  if (d.status === 'failed') return { state: 'failed', code: d.error?.code ?? '', title: d.error?.title ?? '' };
  return { state: d.status, label: labels[d.status] };
}
