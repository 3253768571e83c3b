import type { AdapterChannel, ProviderContext } from '../../src/modules/channels/adapters/port.js';
import type { TelegramFake } from './telegram-fake.js';

// A configured Telegram channel as the adapter receives it, pointed at a fake Bot API.

export const DEMO_BOT_TOKEN = '123456789:demo-telegram-token';
export const DEMO_SECRET_TOKEN = 'demo-telegram-secret';

export function telegramChannel(secrets: Record<string, string> = {}): AdapterChannel {
  return {
    id: '00000000-0000-4000-8000-000000000003',
    organizationId: '00000000-0000-4000-8000-000000000001',
    token: 'tg-channel-token-0123456789',
    settings: { ratePerSecond: 30 },
    secrets: { botToken: DEMO_BOT_TOKEN, secretToken: DEMO_SECRET_TOKEN, ...secrets },
  };
}

export function fakeContext(fake: Pick<TelegramFake, 'url'>): ProviderContext {
  return { fetch, baseUrl: fake.url, publicUrl: 'https://atende.example.com' };
}
