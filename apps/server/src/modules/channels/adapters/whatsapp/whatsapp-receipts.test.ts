import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTextWebhook, signedPost, startWhatsappFake, type WhatsappFake } from '../../../../../test/fakes/whatsapp-fake.js';
import type { AdapterChannel, InboundEvent } from '../port.js';
import { whatsappAdapter } from './whatsapp.adapter.js';

// The round trip the pipeline relies on: a webhook signed like Meta's passes `verify` and `parse`,
// and each accepted send comes back as sent → delivered → read receipts.

const appSecret = 'demo-whatsapp-app-secret';
const channel: AdapterChannel = {
  id: 'c1',
  organizationId: 'o1',
  token: 't1',
  settings: { phoneNumberId: '100000000000001', wabaId: '200000000000001' },
  secrets: { accessToken: 'EAAG-fake-access-token', appSecret, verifyToken: 'verify-token-1' },
};

let fake: WhatsappFake;
let receiver: Server;
let webhookUrl = '';
const received: InboundEvent[] = [];

beforeAll(async () => {
  // A stand-in for Atende's webhook route: 401 when the signature fails, 200 with the events kept.
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const webhook = { rawBody: Buffer.concat(chunks), headers: req.headers, query: {} };
      if (!whatsappAdapter.verify(webhook, channel)) return res.writeHead(401).end();
      received.push(...whatsappAdapter.parse(webhook, channel));
      res.writeHead(200).end('EVENT_RECEIVED');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/webhooks/whatsapp`;
  fake = await startWhatsappFake({ autoStatuses: { webhookUrl, appSecret } });
});
afterAll(async () => {
  await fake.close();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('WhatsApp fake round trip', () => {
  it('delivers a signed inbound text that the adapter verifies and reads', async () => {
    const payload = buildTextWebhook({ phoneNumberId: '100000000000001', from: '5511987654321', name: 'Maria', text: 'Olá', id: 'wamid.demo-1' });
    expect((await signedPost(webhookUrl, payload, appSecret)).status).toBe(200);
    expect(received.at(-1)).toMatchObject({
      type: 'message',
      eventId: 'msg:wamid.demo-1',
      contact: { name: 'Maria' },
      message: { kind: 'text', text: 'Olá' },
    });
    expect((await signedPost(webhookUrl, payload, 'wrong-app-secret')).status).toBe(401);
  });

  it('answers each accepted send with sent, delivered and read receipts, in that order', async () => {
    const ctx = { fetch, baseUrl: fake.url, publicUrl: 'http://localhost:3000' };
    const out = { to: '5511987654321', messageId: 'm1', content: { kind: 'text' as const, text: 'Seu pedido saiu para entrega.' } };
    const { providerMessageId } = await whatsappAdapter.send(out, channel, ctx);
    const posts = [await fake.nextStatusPost(), await fake.nextStatusPost(), await fake.nextStatusPost()];
    expect(posts).toEqual(['sent', 'delivered', 'read'].map((status) => ({ wamid: providerMessageId, status, httpStatus: 200 })));
    const statuses = received.filter((e) => e.type === 'status' && e.providerMessageId === providerMessageId);
    expect(statuses.map((e) => e.eventId)).toEqual(['sent', 'delivered', 'read'].map((s) => `status:${providerMessageId}:${s}`));
  });
});
