import { describe, expect, it } from 'vitest';
import { DEMO_SECRET_TOKEN, telegramChannel } from '../../../../../test/fakes/telegram-channel.js';
import { buildTextUpdate } from '../../../../../test/fakes/telegram-updates.js';
import type { WebhookRequest } from '../port.js';
import { telegramAdapter } from './telegram.adapter.js';

// SPEC CH-03: only Telegram knows the secret token given to setWebhook; anything else is refused.

const channel = telegramChannel();
const rawBody = Buffer.from(JSON.stringify(buildTextUpdate({ updateId: 1, chatId: 10, firstName: 'Ana', text: 'oi' })));
const request = (headers: WebhookRequest['headers']): WebhookRequest => ({ rawBody, headers, query: {}, channelToken: channel.token });

describe('Telegram webhook secret', () => {
  it('accepts the secret token Telegram sends back', () => {
    expect(telegramAdapter.verify(request({ 'x-telegram-bot-api-secret-token': DEMO_SECRET_TOKEN }), channel)).toBe(true);
    expect(telegramAdapter.verify(request({ 'X-Telegram-Bot-Api-Secret-Token': DEMO_SECRET_TOKEN }), channel)).toBe(true);
  });

  it('refuses a wrong secret, of the same length or not', () => {
    const sameLength = DEMO_SECRET_TOKEN.slice(0, -1) + 'X';
    expect(telegramAdapter.verify(request({ 'x-telegram-bot-api-secret-token': sameLength }), channel)).toBe(false);
    expect(telegramAdapter.verify(request({ 'x-telegram-bot-api-secret-token': 'short' }), channel)).toBe(false);
    expect(telegramAdapter.verify(request({ 'x-telegram-bot-api-secret-token': `${DEMO_SECRET_TOKEN}-and-more` }), channel)).toBe(false);
  });

  it('refuses a request without the header, and any request while the channel has no secret', () => {
    expect(telegramAdapter.verify(request({}), channel)).toBe(false);
    expect(telegramAdapter.verify(request({ 'x-telegram-bot-api-secret-token': '' }), telegramChannel({ secretToken: '' }))).toBe(false);
    const withoutSecret = { ...channel, secrets: { botToken: channel.secrets.botToken! } };
    expect(telegramAdapter.verify(request({ 'x-telegram-bot-api-secret-token': DEMO_SECRET_TOKEN }), withoutSecret)).toBe(false);
  });
});
