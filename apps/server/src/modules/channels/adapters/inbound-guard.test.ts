import { describe, expect, it } from 'vitest';
import { bodyOrUnsupported, guardInbound } from './inbound-guard.js';
import type { InboundEvent } from './port.js';

// SPEC CH-02, CH-03: what an adapter parsed from a verified webhook, checked before it is stored.

const at = new Date('2026-12-07T12:00:00Z');
const contact = { identity: '5511987654321', name: 'Maria', phone: '+5511987654321' };
const text: InboundEvent = {
  type: 'message',
  eventId: 'msg:wamid.1',
  providerMessageId: 'wamid.1',
  contact,
  at,
  message: { kind: 'text', text: 'Olá', content: null },
};
const photo: InboundEvent = {
  type: 'message',
  eventId: 'msg:wamid.2',
  providerMessageId: 'wamid.2',
  contact,
  at,
  message: {
    kind: 'image',
    text: 'foto',
    content: { media: { status: 'pending' } },
    media: { providerMediaId: 'm1', mimeType: 'image/jpeg', size: 10 },
  },
  replyToProviderMessageId: 'wamid.1',
};
const failed: InboundEvent = {
  type: 'status',
  eventId: 'status:wamid.3:failed',
  providerMessageId: 'wamid.3',
  status: 'failed',
  at,
  error: { code: '131026', title: 'Message undeliverable' },
};
const reaction: InboundEvent = { type: 'reaction', eventId: 'reaction:r1:👍', providerMessageId: 'wamid.1', contact, at, emoji: '👍' };

describe('guardInbound', () => {
  it('passes well-formed events of every type unchanged', () => {
    const events = [text, photo, failed, reaction, { ...reaction, eventId: 'reaction:r2:', emoji: null }];
    expect(guardInbound(events)).toEqual({ events, dropped: 0, unsupported: 0 });
  });

  it('drops what cannot be attributed: ids or contacts that are not text, unknown types and statuses', () => {
    const bad = [
      { ...text, eventId: 5 },
      { ...text, providerMessageId: '' },
      { ...text, contact: { identity: ['5511'] } },
      { ...failed, status: 'seen' },
      { ...reaction, emoji: { text: '👍' } },
      { type: 'poll', eventId: 'x', providerMessageId: 'y', at },
      null,
      'msg',
    ];
    expect(guardInbound([...bad, text])).toEqual({ events: [text], dropped: bad.length, unsupported: 0 });
  });

  it('keeps a message with a malformed body as unsupported, naming the kind it claimed', () => {
    const { events, unsupported } = guardInbound([
      { ...text, message: { kind: 'text', text: { body: 'x' }, content: null } },
      { ...photo, message: { kind: 'image', text: '', content: null, media: { providerMediaId: 7 } } },
      { ...text, eventId: 'msg:wamid.4', message: { kind: 42 } },
      { ...text, eventId: 'msg:wamid.5', message: { kind: 'location', text: '', content: { location: { latitude: 'abc', longitude: 1 } } } },
    ]);
    expect(unsupported).toBe(4);
    expect(events.map((e) => (e.type === 'message' ? [e.providerMessageId, e.message] : null))).toEqual([
      ['wamid.1', { kind: 'unsupported', text: '', content: { providerType: 'text' } }],
      ['wamid.2', { kind: 'unsupported', text: '', content: { providerType: 'image' } }],
      ['wamid.1', { kind: 'unsupported', text: '', content: null }],
      ['wamid.1', { kind: 'unsupported', text: '', content: { providerType: 'location' } }],
    ]);
  });

  it('fixes what only decorates: a missing or wrong time becomes now, a bad contact name or failure detail is left out', () => {
    const before = Date.now();
    const { events, dropped } = guardInbound([
      { ...text, at: 'not a time', contact: { identity: '5511987654321', name: { first: 'Maria' } } },
      { ...failed, error: { code: 131026, title: 'Message undeliverable' } },
      { ...failed, eventId: 'status:wamid.6:failed', error: 'boom' },
    ]);
    expect(dropped).toBe(0);
    const [first, second, third] = events;
    expect(first!.at.getTime()).toBeGreaterThanOrEqual(before);
    expect(first!.type === 'message' && first!.contact).toEqual({ identity: '5511987654321' });
    expect(second!.type === 'status' && second!.error).toEqual({ code: '131026', title: 'Message undeliverable' });
    expect(third!.type === 'status' && third!.error).toEqual({ code: 'unknown', title: 'failed' });
  });
});

describe('bodyOrUnsupported', () => {
  it('returns the adapter’s body, or unsupported when building it throws', () => {
    expect(bodyOrUnsupported(() => ({ kind: 'text', text: 'oi', content: null }), 'text')).toEqual({ kind: 'text', text: 'oi', content: null });
    const broken = () => {
      throw new TypeError('x.map is not a function');
    };
    expect(bodyOrUnsupported(broken, 'contacts')).toEqual({ kind: 'unsupported', text: '', content: { providerType: 'contacts' } });
  });
});
