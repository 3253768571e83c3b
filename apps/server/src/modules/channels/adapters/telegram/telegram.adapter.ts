import { telegramSecrets, telegramSettings } from '@atende/shared';
import type { ChannelAdapter } from '../port.js';
import { telegramCapabilities } from './telegram-capabilities.js';
import { fetchTelegramMedia } from './telegram-media.js';
import { parseTelegramUpdate } from './telegram-parse.js';
import { sendTelegram } from './telegram-send.js';
import { registerTelegramWebhook, testTelegramConnection } from './telegram-setup.js';
import { verifyTelegramSecret } from './telegram-verify.js';

// SPEC CH-03: Telegram bots through the Bot API. Webhooks are addressed by the channel's token in the
// URL (one bot per channel) and proven by the secret token given to setWebhook.
export const telegramAdapter: ChannelAdapter = {
  type: 'telegram',
  capabilities: telegramCapabilities,
  secretNames: ['botToken', 'secretToken'],
  settingsSchema: telegramSettings,
  secretsSchema: telegramSecrets,
  route: (req) => ({ token: req.channelToken ?? '' }),
  baseUrl: (config) => config.telegramApiUrl,
  webhookPath: (channelToken) => `/api/webhooks/telegram/${channelToken}`,
  channelKey: () => null,
  verify: verifyTelegramSecret,
  parse: (req) => parseTelegramUpdate(req),
  send: sendTelegram,
  fetchMedia: fetchTelegramMedia,
  testConnection: testTelegramConnection,
  registerWebhook: registerTelegramWebhook,
};
