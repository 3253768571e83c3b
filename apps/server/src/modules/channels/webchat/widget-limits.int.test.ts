import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

// Hardening issue, widget limits item: what one client address and one channel may take from the
// anonymous widget is bounded by the address the server sees, never by a header the client picks.
describe('web-chat widget limits per address and per channel', () => {
  let t: TestApp;
  let token: string;
  // Visitors with a waiting conversation, from two addresses (set by the conversations test).
  let fromTen: string;
  let fromTwenty: string;

  const post = (path: string, ip: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/widget/${token}${path}`, remoteAddress: ip, headers, payload });
  const session = async (ip: string) => {
    const res = await post('/session', ip, {});
    expect(res.statusCode).toBe(200);
    return String(res.json().visitorToken);
  };
  const upload = (ip: string, visitorToken: string) => {
    const boundary = '----w' + randomBytes(6).toString('hex');
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="foto.png"\r\nContent-Type: image/png\r\n\r\n`),
      PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return t.app.inject({
      method: 'POST',
      url: `/api/widget/${token}/attachments`,
      remoteAddress: ip,
      headers: { 'x-visitor-token': visitorToken, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
  };

  beforeAll(async () => {
    t = await createTestApp({
      config: {
        widgetSessionsPerMinute: 5,
        widgetOpenConversationsPerAddress: 2,
        widgetWaitingPerChannel: 3,
        widgetUploadBytesPerAddress: PNG.length * 2 + 10,
        widgetUploadBytesPerChannel: PNG.length * 3 + 10,
      },
    });
    const agent = await t.login('agente@demo.local');
    token = ((await agent.inject({ url: '/api/channels' })).json().items as { token: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!.token;
  });
  afterAll(() => t.close());

  it('limits new sessions per address, whatever visitor token or forwarded address the client sends', async () => {
    const ip = '198.51.100.1';
    for (let i = 0; i < 5; i++) {
      const res = await post('/session', ip, {}, { 'x-visitor-token': randomBytes(16).toString('hex') });
      expect(res.statusCode).toBe(200);
    }
    const refused = await post('/session', ip, {}, { 'x-visitor-token': randomBytes(16).toString('hex'), 'accept-language': 'en' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toEqual({
      code: 'WIDGET_RATE_LIMITED',
      message: 'Too many chats started from your network. Try again in a few minutes.',
    });
    // Without TRUST_PROXY a forwarded address is the client's word: ignored.
    const forwarded = await post('/session', ip, {}, { 'x-forwarded-for': '203.0.113.9' });
    expect(forwarded.json().error.code).toBe('WIDGET_RATE_LIMITED');
    // Another address has its own allowance.
    expect((await post('/session', '198.51.100.2', {})).statusCode).toBe(200);
  });

  it('bounds open conversations per address and waiting conversations per channel', async () => {
    const ip = '198.51.100.10';
    const visitors = [await session(ip), await session(ip), await session(ip)];
    for (const v of visitors.slice(0, 2)) {
      expect((await post('/conversations', ip, { name: 'Rita' }, { 'x-visitor-token': v })).json().status).toBe('waiting');
    }
    const third = await post('/conversations', ip, { name: 'Rita' }, { 'x-visitor-token': visitors[2]! });
    expect(third.statusCode).toBe(429);
    expect(third.json().error).toEqual({
      code: 'WIDGET_RATE_LIMITED',
      message: 'Muitas conversas iniciadas a partir da sua rede. Tente novamente em alguns minutos.',
    });
    // A visitor with an open conversation still gets it back (no new one is opened).
    expect((await post('/conversations', ip, { name: 'Rita' }, { 'x-visitor-token': visitors[0]! })).statusCode).toBe(200);
    fromTen = visitors[0]!;

    // The channel's waiting line (3) fills from a third address; the next visitor anywhere is told the queue is full.
    const other = await session('198.51.100.20');
    expect((await post('/conversations', '198.51.100.20', { name: 'Caio' }, { 'x-visitor-token': other })).json().status).toBe('waiting');
    fromTwenty = other;
    const late = await session('198.51.100.30');
    const full = await post('/conversations', '198.51.100.30', { name: 'Bia' }, { 'x-visitor-token': late, 'accept-language': 'en' });
    expect(full.statusCode).toBe(429);
    expect(full.json().error).toEqual({ code: 'WIDGET_QUEUE_FULL', message: 'Our service queue is full right now. Try again in a few minutes.' });
  });

  it('bounds upload bytes per address and per channel', async () => {
    expect((await upload('198.51.100.10', fromTen)).statusCode).toBe(200);
    expect((await upload('198.51.100.10', fromTen)).statusCode).toBe(200);
    const overAddress = await upload('198.51.100.10', fromTen);
    expect(overAddress.statusCode).toBe(413);
    expect(overAddress.json().error.code).toBe('WIDGET_UPLOAD_LIMIT');
    // Another address may still send, until the channel's own hourly total is reached.
    expect((await upload('198.51.100.20', fromTwenty)).statusCode).toBe(200);
    const overChannel = await upload('198.51.100.20', fromTwenty);
    expect(overChannel.statusCode).toBe(413);
    expect(overChannel.json().error).toEqual({
      code: 'WIDGET_UPLOAD_LIMIT',
      message: 'Limite de envio de arquivos atingido. Tente novamente mais tarde.',
    });
  });
});
