import { z } from 'zod';
import { ProviderError, type ChannelAdapter } from '../port.js';

// SPEC CH-01 behind the port: the widget is our own client, so "sending" is a push to the visitor's
// open widgets and inbound arrives over its own API and socket (webchat/), not a webhook.
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const TEN_MB = 10 * 1024 * 1024;

export const webchatAdapter: ChannelAdapter = {
  type: 'webchat',
  capabilities: {
    outboundMedia: [
      { kind: 'image', mimeTypes: IMAGE_TYPES, maxBytes: TEN_MB },
      { kind: 'document', mimeTypes: ['application/pdf'], maxBytes: TEN_MB },
    ],
    replyWindowHours: null,
    receipts: false,
    templates: false,
    webhook: false,
    registerWebhook: false,
    typingIndicator: true,
  },
  secretNames: [],
  settingsSchema: z.record(z.string(), z.unknown()),
  secretsSchema: z.record(z.string(), z.string()),
  baseUrl: () => null,
  route: () => ({ keys: [] }),
  channelKey: () => null,
  verify: () => false,
  parse: () => [],
  async send(out, channel, ctx) {
    if (!out.rendered || !ctx.pushToContact) throw new ProviderError('permanent', 'NO_ROUTE', 'widget unreachable');
    // A contact never sees staff ids (CH-01).
    ctx.pushToContact(channel.organizationId, out.to, { ...out.rendered, authorId: null });
    return { providerMessageId: out.messageId };
  },
  fetchMedia() {
    return Promise.reject(new ProviderError('permanent', 'NOT_SUPPORTED', 'web chat media arrives by upload'));
  },
  testConnection: () => Promise.resolve({ ok: true, detail: 'widget' }),
};
