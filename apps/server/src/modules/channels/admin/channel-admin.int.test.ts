import type { Channel } from '@atende/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramFake, type TelegramFake } from '../../../../test/fakes/telegram-fake.js';
import { startWhatsappFake, type WhatsappFake } from '../../../../test/fakes/whatsapp-fake.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { channels as channelsTable } from '../../../db/schema/channels.js';

// SPEC ORG-05, CH-02, CH-03, CH-08: an admin connects WhatsApp and Telegram channels to their
// providers (here the local fakes speaking their wire formats); secrets never come back.

const WA_TOKEN = 'demo-whatsapp-token';
const TG_TOKEN = '123456789:demo-telegram-token';
const PLAIN_SECRETS = [
  WA_TOKEN,
  'demo-whatsapp-app-secret',
  'demo-whatsapp-verify',
  TG_TOKEN,
  'demo-telegram-secret',
  'second-access-token',
  'first-app-secret',
  'second-app-secret',
  'second-verify',
];

describe('channel provider administration', () => {
  let t: TestApp;
  let wa: WhatsappFake;
  let tg: TelegramFake;
  let admin: Session;
  let agent: Session;
  let atendimento: string;
  const bodies: string[] = [];

  // Every answer is kept: no plain secret may appear in any of them.
  const call = async (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    const res = await s.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
    bodies.push(res.body);
    return res;
  };
  const list = async () => (await call(admin, 'GET', '/api/channels')).json().items as Channel[];
  const byName = async (name: string) => (await list()).find((c) => c.name === name)!;
  const paths = (res: { json(): { error: { fields?: { path: string }[] } } }) => (res.json().error.fields ?? []).map((f) => f.path).sort();
  const newChannel = async (s: Session, name: string, type: 'whatsapp' | 'telegram', queueId: string) =>
    (await call(s, 'POST', '/api/channels', { name, type, queueId })).json() as Channel;

  beforeAll(async () => {
    wa = await startWhatsappFake({ accessToken: WA_TOKEN, verifiedName: 'Atende Demo', displayPhoneNumber: '+55 11 4000-0000' });
    tg = await startTelegramFake({ botToken: TG_TOKEN });
    wa.setTemplates([{ name: 'retomar_contato', language: 'pt_BR', body: 'Olá {{1}}, podemos continuar?' }]);
    t = await createTestApp({ config: { metaGraphUrl: wa.url, telegramApiUrl: tg.url } });
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    atendimento = (await byName('WhatsApp')).queueId;
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([wa.close(), tg.close()]);
  });

  it('seeds the demo WhatsApp and Telegram channels with their settings, secrets masked to the last 4', async () => {
    const whatsapp = await byName('WhatsApp');
    expect(whatsapp.settings).toEqual({ phoneNumberId: '100000000000001', wabaId: '100000000000002', ratePerSecond: 80 });
    expect(whatsapp.secrets).toEqual({
      accessToken: { set: true, last4: 'oken' },
      appSecret: { set: true, last4: 'cret' },
      verifyToken: { set: true, last4: 'rify' },
    });
    expect(whatsapp.webhookUrl).toBe(`${t.app.platform.config.publicUrl}/api/webhooks/whatsapp`);
    const telegram = await byName('Telegram');
    expect(telegram).toMatchObject({
      queueId: atendimento,
      secrets: { botToken: { set: true, last4: 'oken' }, secretToken: { set: true, last4: 'cret' } },
    });
    expect(telegram.webhookUrl).toBe(`${t.app.platform.config.publicUrl}/api/webhooks/telegram/${telegram.token}`);
    // Agents list channels for their icons and capabilities: whether a secret is set, not its end.
    const asAgent = ((await call(agent, 'GET', '/api/channels')).json().items as Channel[]).find((c) => c.id === whatsapp.id)!;
    expect(asAgent.secrets).toEqual({
      accessToken: { set: true, last4: null },
      appSecret: { set: true, last4: null },
      verifyToken: { set: true, last4: null },
    });
    // Sealed at rest: the database holds no plain secret either.
    const [row] = await t.database.db.select().from(channelsTable).where(eq(channelsTable.id, whatsapp.id));
    expect(JSON.stringify(row!.secrets)).not.toContain(WA_TOKEN);
  });

  it('answers field errors for bad settings and secrets, and requires every secret once', async () => {
    const fresh = await newChannel(admin, 'WhatsApp 2', 'whatsapp', atendimento);
    const bad = await call(admin, 'PUT', `/api/channels/${fresh.id}/provider`, {
      settings: { phoneNumberId: 'abc', wabaId: '', ratePerSecond: 0 },
      secrets: { accessToken: 'short' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect(paths(bad)).toEqual([
      'body.secrets.accessToken',
      'body.secrets.appSecret',
      'body.secrets.verifyToken',
      'body.settings.phoneNumberId',
      'body.settings.ratePerSecond',
      'body.settings.wabaId',
    ]);
    const missing = await call(admin, 'PUT', `/api/channels/${fresh.id}/provider`, {
      settings: { phoneNumberId: '100000000000009', wabaId: '100000000000002' },
      secrets: { accessToken: 'second-access-token' },
    });
    expect(missing.statusCode).toBe(400);
    expect(paths(missing)).toEqual(['body.secrets.appSecret', 'body.secrets.verifyToken']);
    expect((await byName('WhatsApp 2')).secrets.accessToken).toEqual({ set: false, last4: null });
  });

  it('keeps stored secrets that are not given, and never answers a plain secret', async () => {
    const id = (await byName('WhatsApp 2')).id;
    const settings = { phoneNumberId: '100000000000009', wabaId: '100000000000002' };
    const first = await call(admin, 'PUT', `/api/channels/${id}/provider`, {
      settings,
      secrets: { accessToken: WA_TOKEN, appSecret: 'first-app-secret', verifyToken: 'second-verify' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ settings: { ...settings, ratePerSecond: 80 }, secrets: { accessToken: { set: true, last4: 'oken' } } });
    const second = await call(admin, 'PUT', `/api/channels/${id}/provider`, {
      settings,
      secrets: { appSecret: 'second-app-secret', verifyToken: '' },
    });
    expect(second.statusCode).toBe(200);
    expect(second.json().secrets).toEqual({
      accessToken: { set: true, last4: 'oken' },
      appSecret: { set: true, last4: 'cret' },
      verifyToken: { set: true, last4: 'rify' },
    });
    // The kept token still works at the provider.
    expect((await call(admin, 'POST', `/api/channels/${id}/test`)).json()).toMatchObject({ ok: true });
  });

  it('refuses a phone number another organization already uses', async () => {
    const outra = await t.login('admin@outra.local');
    const queue = (await call(outra, 'POST', '/api/queues', { name: 'Chat', kind: 'chat' })).json() as { id: string };
    const theirs = await newChannel(outra, 'WhatsApp Outra', 'whatsapp', queue.id);
    const res = await call(outra, 'PUT', `/api/channels/${theirs.id}/provider`, {
      settings: { phoneNumberId: '100000000000001', wabaId: '100000000000002' },
      secrets: { accessToken: 'their-access-token', appSecret: 'their-app-secret', verifyToken: 'their-verify' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CHANNEL_PROVIDER_KEY_TAKEN');
  });

  it('refuses provider settings on web chat, which has no provider', async () => {
    const res = await call(admin, 'PUT', `/api/channels/${(await byName('WebChat')).id}/provider`, { settings: {}, secrets: {} });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CHANNEL_TYPE_UNSUPPORTED');
  });

  it('lets only admins change or test a channel; agents read its templates', async () => {
    const whatsapp = await byName('WhatsApp');
    for (const [method, url] of [
      ['PUT', `/api/channels/${whatsapp.id}/provider`],
      ['POST', `/api/channels/${whatsapp.id}/test`],
      ['POST', `/api/channels/${(await byName('Telegram')).id}/webhook`],
    ] as const) {
      const res = await call(agent, method, url, method === 'PUT' ? { settings: whatsapp.settings, secrets: {} } : undefined);
      expect(res.statusCode, url).toBe(403);
    }
    const templates = await call(agent, 'GET', `/api/channels/${whatsapp.id}/templates`);
    expect(templates.statusCode).toBe(200);
    expect(templates.json().items).toEqual([
      { name: 'retomar_contato', language: 'pt_BR', category: 'UTILITY', body: 'Olá {{1}}, podemos continuar?', params: 1 },
    ]);
  });

  it('tests the connection at the provider, and a refused token is a result, not an error', async () => {
    expect((await call(admin, 'POST', `/api/channels/${(await byName('WhatsApp')).id}/test`)).json()).toEqual({
      ok: true,
      detail: 'Atende Demo (+55 11 4000-0000)',
    });
    const telegram = await call(admin, 'POST', `/api/channels/${(await byName('Telegram')).id}/test`);
    expect(telegram.json()).toMatchObject({ ok: true, detail: expect.stringContaining('@atende_demo_bot') });

    const wrong = await newChannel(admin, 'Telegram 2', 'telegram', atendimento);
    await call(admin, 'PUT', `/api/channels/${wrong.id}/provider`, {
      settings: {},
      secrets: { botToken: '987654321:not-the-fake-token', secretToken: 'some-secret' },
    });
    const refused = await call(admin, 'POST', `/api/channels/${wrong.id}/test`);
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({ ok: false, code: '401', detail: 'Unauthorized' });
  });

  it('registers the Telegram webhook with its secret token; WhatsApp webhooks are set at Meta', async () => {
    const telegram = await byName('Telegram');
    const res = await call(admin, 'POST', `/api/channels/${telegram.id}/webhook`);
    expect(res.json()).toEqual({ ok: true, detail: telegram.webhookUrl });
    expect(tg.webhook).toMatchObject({ url: telegram.webhookUrl, secret: 'demo-telegram-secret' });
    const whatsapp = await call(admin, 'POST', `/api/channels/${(await byName('WhatsApp')).id}/webhook`);
    expect(whatsapp.statusCode).toBe(409);
    expect(whatsapp.json().error.code).toBe('CHANNEL_WEBHOOK_UNSUPPORTED');
  });

  it('answers 502 when the provider refuses the template list, and 409 for channels without templates', async () => {
    const id = (await byName('WhatsApp 2')).id;
    await call(admin, 'PUT', `/api/channels/${id}/provider`, {
      settings: { phoneNumberId: '100000000000009', wabaId: '100000000000002' },
      secrets: { accessToken: 'a-token-the-fake-refuses' },
    });
    const refused = await call(agent, 'GET', `/api/channels/${id}/templates`);
    expect(refused.statusCode).toBe(502);
    expect(refused.json().error.code).toBe('CHANNEL_PROVIDER_UNAVAILABLE');
    const telegram = await call(agent, 'GET', `/api/channels/${(await byName('Telegram')).id}/templates`);
    expect(telegram.statusCode).toBe(409);
    expect(telegram.json().error.code).toBe('CHANNEL_TEMPLATES_UNSUPPORTED');
  });

  it('never answered a plain secret', () => {
    for (const plain of PLAIN_SECRETS) expect(bodies.join('\n')).not.toContain(plain);
  });
});
