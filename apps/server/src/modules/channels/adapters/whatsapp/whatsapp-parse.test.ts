import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterChannel, InboundEvent, WebhookRequest } from '../port.js';
import { adapterFor } from '../registry.js';
import { whatsappAdapter } from './whatsapp.adapter.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url));
const request = (rawBody: Buffer): WebhookRequest => ({ rawBody, headers: {}, query: {} });

const channel = (phoneNumberId = '100000000000001'): AdapterChannel => ({
  id: 'c1',
  organizationId: 'o1',
  token: 't1',
  settings: { phoneNumberId, wabaId: '200000000000001' },
  secrets: { accessToken: 'EAAG-test-token', appSecret: 'demo-whatsapp-app-secret', verifyToken: 'verify-token-1' },
});

const parse = (name: string, ch = channel()) => whatsappAdapter.parse(request(fixture(name)), ch);
type MessageEvent = Extract<InboundEvent, { type: 'message' }>;
const messages = (name: string) => parse(name) as MessageEvent[];

describe('WhatsApp webhook routing', () => {
  it('names every phone number a payload addresses, and none for unreadable bodies', () => {
    expect(whatsappAdapter.route(request(fixture('two-numbers')))).toEqual({ keys: ['100000000000001', '100000000000002'] });
    expect(whatsappAdapter.route(request(Buffer.from('{not json')))).toEqual({ keys: [] });
    expect(whatsappAdapter.route(request(Buffer.from('null')))).toEqual({ keys: [] });
    expect(whatsappAdapter.route(request(Buffer.from('{"entry":"x"}')))).toEqual({ keys: [] });
  });

  it('keys channels by phone number id and serves one webhook path', () => {
    expect(adapterFor('whatsapp')).toBe(whatsappAdapter);
    expect(whatsappAdapter.channelKey({ phoneNumberId: '100000000000001' })).toBe('100000000000001');
    expect(whatsappAdapter.channelKey({})).toBeNull();
    expect(whatsappAdapter.webhookPath?.('any-token')).toBe('/api/webhooks/whatsapp');
    expect(whatsappAdapter.baseUrl({ metaGraphUrl: 'http://localhost:4010', telegramApiUrl: 'x' })).toBe('http://localhost:4010');
  });

  it('gives each channel only the messages sent to its number', () => {
    const first = parse('two-numbers') as MessageEvent[];
    const second = parse('two-numbers', channel('100000000000002')) as MessageEvent[];
    expect(first.map((e) => e.message.text)).toEqual(['Para o primeiro número']);
    expect(second.map((e) => e.message.text)).toEqual(['Para o segundo número']);
    expect(parse('two-numbers', channel('100000000000009'))).toEqual([]);
  });
});

describe('WhatsApp inbound messages', () => {
  it('reads a text answering an earlier message, with the contact and the time', () => {
    expect(parse('text-reply')).toEqual([
      {
        type: 'message',
        eventId: 'msg:wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNBMDFGQzQ2QjQ2NEIxQjQ2RjAwAA==',
        providerMessageId: 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNBMDFGQzQ2QjQ2NEIxQjQ2RjAwAA==',
        contact: { identity: '5511987654321', name: 'Maria Souza', phone: '+5511987654321' },
        at: new Date(1796000000 * 1000),
        message: { kind: 'text', text: 'Bom dia, meu pedido ainda não chegou', content: null },
        replyToProviderMessageId: 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjk5QkY1QkE2NkFBNUI5RDYzQgA=',
      },
    ]);
  });

  it('takes media as pending references with captions as text, telling voice notes from audio files', () => {
    const got = messages('media-messages').map((e) => [e.message.kind, e.message.text, e.message.media]);
    expect(got).toEqual([
      [
        'image',
        'Foto da nota fiscal',
        { providerMediaId: '900000000000011', mimeType: 'image/jpeg', sha256: '0Fq9Ij3bUdbUpnG1oFlgNwp6ZYUa5pYWzmKBFY2N2Mg=' },
      ],
      ['voice', '', expect.objectContaining({ providerMediaId: '900000000000012', mimeType: 'audio/ogg; codecs=opus' })],
      ['audio', '', expect.objectContaining({ providerMediaId: '900000000000013', mimeType: 'audio/mpeg' })],
      ['video', '', expect.objectContaining({ providerMediaId: '900000000000014', mimeType: 'video/mp4' })],
      ['document', 'Segunda via', expect.objectContaining({ providerMediaId: '900000000000015', fileName: 'boleto-marco.pdf' })],
      ['sticker', '', expect.objectContaining({ providerMediaId: '900000000000016', mimeType: 'image/webp' })],
    ]);
    for (const e of messages('media-messages')) expect(e.message.content).toEqual({ media: { status: 'pending' } });
    // The 8-digit form of an older account is kept as WhatsApp sends it.
    expect(messages('media-messages')[0]!.contact).toEqual({ identity: '551187654321', name: 'João', phone: '+551187654321' });
  });

  it('reads locations, shared contacts, button and list replies, template quick replies and unknown types', () => {
    const [location, contacts, button, list, quick, unsupported, order] = messages('structured-messages');
    expect(location!.message).toEqual({
      kind: 'location',
      text: '',
      content: {
        location: { latitude: -23.561414, longitude: -46.655881, name: 'MASP', address: 'Av. Paulista, 1578 - Bela Vista, São Paulo - SP' },
      },
    });
    expect(contacts!.message.content).toEqual({
      contacts: [
        {
          name: 'Carlos Pereira',
          phones: ['+55 11 91234-5678', '+55 11 3456-7890'],
          emails: ['carlos@empresa.com.br'],
          organization: 'Empresa Ltda',
        },
      ],
    });
    expect(button!.message).toEqual({ kind: 'interactive', text: 'Confirmar', content: { reply: { id: 'confirmar', title: 'Confirmar' } } });
    expect(button!.replyToProviderMessageId).toBe('wamid.outbound-buttons');
    expect(list!.message).toEqual({
      kind: 'interactive',
      text: '500 Mega',
      content: { reply: { id: 'plano-500', title: '500 Mega', description: 'Fibra, R$ 99,90/mês' } },
    });
    expect(quick!.message).toEqual({
      kind: 'interactive',
      text: 'Parar promoções',
      content: { reply: { id: 'PARAR_PROMOCOES', title: 'Parar promoções' } },
    });
    expect(quick!.replyToProviderMessageId).toBe('wamid.outbound-template');
    expect(unsupported!.message).toEqual({ kind: 'unsupported', text: '', content: { providerType: 'unsupported' } });
    expect(order!.message).toEqual({ kind: 'unsupported', text: '', content: { providerType: 'order' } });
    expect(messages('structured-messages').map((e) => e.eventId)).toContain('msg:wamid.order01');
  });

  it('falls back to the sender number when the contacts block does not name it', () => {
    const body = JSON.parse(fixture('text-reply').toString()) as { entry: { changes: { value: { contacts: unknown[] } }[] }[] };
    body.entry[0]!.changes[0]!.value.contacts = [];
    const [event] = whatsappAdapter.parse(request(Buffer.from(JSON.stringify(body))), channel()) as MessageEvent[];
    expect(event!.contact).toEqual({ identity: '5511987654321', phone: '+5511987654321' });
  });
});

describe('WhatsApp reactions and statuses', () => {
  it('reads a reaction and its removal as two events on the reacted message', () => {
    expect(parse('reactions')).toEqual([
      {
        type: 'reaction',
        eventId: 'reaction:wamid.reaction-add:👍',
        providerMessageId: 'wamid.agent-answer',
        contact: { identity: '5511987654321', name: 'Maria Souza', phone: '+5511987654321' },
        at: new Date(1796000030 * 1000),
        emoji: '👍',
      },
      expect.objectContaining({ type: 'reaction', eventId: 'reaction:wamid.reaction-remove:', providerMessageId: 'wamid.agent-answer', emoji: null }),
    ]);
  });

  it('reads sent, delivered, read and failed (with the provider code and title) as separate events', () => {
    expect(parse('statuses')).toEqual([
      {
        type: 'status',
        eventId: 'status:wamid.agent-answer:sent',
        providerMessageId: 'wamid.agent-answer',
        status: 'sent',
        at: new Date(1796000040 * 1000),
      },
      {
        type: 'status',
        eventId: 'status:wamid.agent-answer:delivered',
        providerMessageId: 'wamid.agent-answer',
        status: 'delivered',
        at: new Date(1796000041 * 1000),
      },
      {
        type: 'status',
        eventId: 'status:wamid.agent-answer:read',
        providerMessageId: 'wamid.agent-answer',
        status: 'read',
        at: new Date(1796000042 * 1000),
      },
      {
        type: 'status',
        eventId: 'status:wamid.agent-late:failed',
        providerMessageId: 'wamid.agent-late',
        status: 'failed',
        at: new Date(1796000043 * 1000),
        error: { code: '131047', title: 'Re-engagement message' },
      },
      {
        type: 'status',
        eventId: 'status:wamid.agent-bad-number:failed',
        providerMessageId: 'wamid.agent-bad-number',
        status: 'failed',
        at: new Date(1796000044 * 1000),
        error: { code: '131026', title: 'Message undeliverable' },
      },
    ]);
  });

  it('reads a payload whose lists are not lists without failing: nothing from them, the rest as unsupported', () => {
    const value = (v: Record<string, unknown>) =>
      Buffer.from(
        JSON.stringify({
          object: 'whatsapp_business_account',
          entry: [{ id: '1', changes: [{ field: 'messages', value: { metadata: { phone_number_id: '100000000000001' }, ...v } }] }],
        }),
      );
    const parseValue = (v: Record<string, unknown>) => whatsappAdapter.parse(request(value(v)), channel());
    expect(parseValue({ messages: { id: 'wamid.x' }, statuses: 'read', contacts: 7 })).toEqual([]);
    const [card] = parseValue({
      contacts: 'x',
      messages: [{ from: '5511987654321', id: 'wamid.card', timestamp: '1796000000', type: 'contacts', contacts: 'nobody' }],
    });
    expect(card).toMatchObject({
      type: 'message',
      providerMessageId: 'wamid.card',
      message: { kind: 'unsupported', content: { providerType: 'contacts' } },
    });
  });
});
