import type { Channel, ChannelCapabilities } from '@atende/shared';
import type { ChannelRow } from '../../queues/index.js';
import { preChatOf, voiceQueueOf } from '../../queues/index.js';
import { adapterFor } from '../adapters/registry.js';

/** A channel type with no adapter yet can be configured but neither receives nor sends. */
const none: ChannelCapabilities = {
  outboundMedia: [],
  replyWindowHours: null,
  receipts: false,
  templates: false,
  webhook: false,
  registerWebhook: false,
  typingIndicator: false,
};

/**
 * SPEC ORG-05, CH-08: a channel as the API shows it. Secrets are masked (set or not, last 4
 * characters); webhook channels carry the absolute URL to paste at the provider.
 */
export function toChannelView(c: ChannelRow, publicUrl: string, reveal: (encrypted: string) => string | null = () => null): Channel {
  const adapter = adapterFor(c.type);
  const settings = (c.settings as Record<string, unknown> | null) ?? {};
  const { preChat: _pre, voiceQueueId: _voice, ...publicSettings } = settings;
  const secrets: Channel['secrets'] = {};
  for (const name of adapter?.secretNames ?? []) {
    const stored = c.secrets[name];
    const plain = stored ? reveal(stored) : null;
    secrets[name] = { set: Boolean(stored), last4: plain && plain.length >= 12 ? plain.slice(-4) : null };
  }
  const path = adapter?.webhookPath?.(c.token);
  return {
    id: c.id,
    name: c.name,
    type: c.type,
    queueId: c.queueId,
    token: c.token,
    active: c.active,
    preChat: c.type === 'webchat' ? preChatOf(c.settings) : null,
    voiceQueueId: c.type === 'webchat' ? voiceQueueOf(c.settings) : null,
    settings: publicSettings,
    secrets,
    webhookUrl: path ? `${publicUrl}${path}` : null,
    capabilities: adapter?.capabilities ?? none,
  };
}
