import type { Message } from '@atende/shared';
import { describe, expect, it } from 'vitest';
import { deliveryTick } from './delivery-state';

type Part = Pick<Message, 'authorKind' | 'internal' | 'delivery'>;
const agent = (delivery: Message['delivery'], extra: Partial<Part> = {}): Part => ({ authorKind: 'agent', internal: false, delivery, ...extra });

describe('deliveryTick', () => {
  it('follows the status: clock, sent, delivered, read', () => {
    expect(deliveryTick(agent({ status: 'pending', error: null }))).toEqual({ state: 'pending', label: 'sending' });
    expect(deliveryTick(agent({ status: 'sent', error: null }))).toEqual({ state: 'sent', label: 'sent' });
    expect(deliveryTick(agent({ status: 'delivered', error: null }))).toEqual({ state: 'delivered', label: 'delivered' });
    expect(deliveryTick(agent({ status: 'read', error: null }))).toEqual({ state: 'read', label: 'read' });
  });

  it('carries the provider’s reason when it failed', () => {
    const tick = deliveryTick(agent({ status: 'failed', error: { code: '131047', title: 'Re-engagement message' } }));
    expect(tick).toEqual({ state: 'failed', code: '131047', title: 'Re-engagement message' });
    expect(deliveryTick(agent({ status: 'failed', error: null }))).toEqual({ state: 'failed', code: '', title: '' });
  });

  it('shows nothing for notes, contact messages or channels without receipts', () => {
    expect(deliveryTick(agent(null))).toBeNull();
    expect(deliveryTick(agent({ status: 'sent', error: null }, { internal: true }))).toBeNull();
    expect(deliveryTick(agent({ status: 'sent', error: null }, { authorKind: 'contact' }))).toBeNull();
  });
});
