import { whatsappSecrets, whatsappSettings } from '@atende/shared';
import type { ChannelAdapter } from '../port.js';
import { listTemplates, testConnection } from './whatsapp-admin.js';
import { whatsappCapabilities } from './whatsapp-capabilities.js';
import { fetchMedia } from './whatsapp-media.js';
import { parseWebhook, routeKeys } from './whatsapp-parse.js';
import { sendMessage } from './whatsapp-send.js';
import { answerHandshake, verifySignature } from './whatsapp-signature.js';

// SPEC CH-02: the WhatsApp Cloud API channel. Meta posts every number of an app to one webhook URL;
// payloads are routed to channels by phone_number_id and verified with the channel's app secret.

export const whatsappAdapter: ChannelAdapter = {
  type: 'whatsapp',
  capabilities: whatsappCapabilities,
  secretNames: ['accessToken', 'appSecret', 'verifyToken'],
  settingsSchema: whatsappSettings,
  secretsSchema: whatsappSecrets,
  route: routeKeys,
  baseUrl: (config) => config.metaGraphUrl,
  webhookPath: () => '/api/webhooks/whatsapp',
  channelKey: (settings) => (typeof settings.phoneNumberId === 'string' && settings.phoneNumberId ? settings.phoneNumberId : null),
  verify: (req, channel) => verifySignature(req, channel.secrets.appSecret),
  parse: parseWebhook,
  handshake: answerHandshake,
  send: sendMessage,
  fetchMedia,
  testConnection,
  listTemplates,
};
