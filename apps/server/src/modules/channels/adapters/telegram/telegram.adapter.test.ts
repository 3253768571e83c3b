import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SECRET_TOKEN, fakeContext, telegramChannel } from '../../../../../test/fakes/telegram-channel.js';
import { startTelegramFake } from '../../../../../test/fakes/telegram-fake.js';
import type { TelegramFake } from '../../../../../test/fakes/telegram-fake.js';
import { adapterFor, registeredAdapters } from '../registry.js';
import { telegramAdapter } from './telegram.adapter.js';

// SPEC CH-03, ORG-05: how the admin screen finds and sets up a Telegram channel.

let fake: TelegramFake;
const channel = telegramChannel();
beforeAll(async () => {
  fake = await startTelegramFake({ botToken: channel.secrets.botToken!, botName: 'Suporte Provedor', botUsername: 'provedor_suporte_bot' });
});
afterAll(() => fake.close());

describe('Telegram channel setup', () => {
  it('is the registered adapter for telegram channels, addressed by the channel token', () => {
    expect(adapterFor('telegram')).toBe(telegramAdapter);
    expect(registeredAdapters()).toContain(telegramAdapter);
    expect(telegramAdapter.webhookPath?.('abc123')).toBe('/api/webhooks/telegram/abc123');
    expect(telegramAdapter.route({ rawBody: Buffer.alloc(0), headers: {}, query: {}, channelToken: 'abc123' })).toEqual({ token: 'abc123' });
    expect(telegramAdapter.channelKey({})).toBeNull();
    expect(telegramAdapter.baseUrl({ metaGraphUrl: 'https://graph.facebook.com', telegramApiUrl: 'http://localhost:4011' })).toBe(
      'http://localhost:4011',
    );
  });

  it('accepts a bot token and secret token of the Bot API’s shape only', () => {
    expect(telegramAdapter.secretNames).toEqual(['botToken', 'secretToken']);
    expect(telegramAdapter.secretsSchema.safeParse({ botToken: '123456789:demo-telegram-token', secretToken: DEMO_SECRET_TOKEN }).success).toBe(true);
    expect(telegramAdapter.secretsSchema.safeParse({ botToken: 'demo-telegram-token', secretToken: DEMO_SECRET_TOKEN }).success).toBe(false);
  });

  it('tests the connection with getMe and names the bot', async () => {
    await expect(telegramAdapter.testConnection(channel, fakeContext(fake))).resolves.toEqual({
      ok: true,
      detail: '@provedor_suporte_bot (Suporte Provedor)',
    });
  });

  it('reports a wrong token as a permanent failure', async () => {
    await expect(
      telegramAdapter.testConnection(telegramChannel({ botToken: '123456789:wrong-token-0000' }), fakeContext(fake)),
    ).rejects.toMatchObject({
      kind: 'permanent',
      code: '401',
    });
  });

  it('registers the webhook with the secret token and the updates Atende handles', async () => {
    const url = 'https://atende.example.com/api/webhooks/telegram/tg-channel-token-0123456789';
    await telegramAdapter.registerWebhook!(channel, url, fakeContext(fake));
    expect(fake.webhook).toEqual({
      url,
      secret: DEMO_SECRET_TOKEN,
      allowedUpdates: ['message', 'edited_message', 'message_reaction'],
      dropPendingUpdates: false,
    });
    const info = (await fetch(`${fake.url}/bot${channel.secrets.botToken}/getWebhookInfo`).then((r) => r.json())) as { result: { url: string } };
    expect(info.result.url).toBe(url);
  });

  it('throws when Telegram refuses the webhook', async () => {
    await expect(telegramAdapter.registerWebhook!(channel, 'ftp://nowhere', fakeContext(fake))).rejects.toMatchObject({
      kind: 'permanent',
      code: '400',
      title: expect.stringContaining('HTTPS URL'),
    });
  });
});
