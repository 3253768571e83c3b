import type { Platform } from '../../../platform/platform.js';
import { channelByToken, channelsByProviderKey, type ChannelRow } from '../../queues/index.js';
import { adapterChannel } from '../adapters/adapter-channel.js';
import type { AdapterChannel, ChannelAdapter, WebhookRequest } from '../adapters/port.js';

// A busy number posts webhooks many times a second: which channels a webhook addresses is kept in
// memory for a short while instead of being read for each one. A change on this instance clears it
// at once (channel events); other instances see it within TTL_MS. The channels' secrets are kept
// opened with them (in memory only, as for each request): no decryption per webhook. That no
// channel has an address is kept only briefly (a flood of webhooks for an unknown number costs one
// read every MISS_TTL_MS), so a channel saved on another instance is found soon.
const TTL_MS = 30_000;
const MISS_TTL_MS = 2_000;
const MAX_ENTRIES = 10_000;

export function createChannelLookup(platform: Platform) {
  type Candidate = { row: ChannelRow; channel: AdapterChannel };
  const cache = new Map<string, { found: Candidate[]; at: number }>();
  for (const type of ['channel.created', 'channel.updated', 'channel.secret_rotated'] as const) {
    platform.events.on(type, 'channels.webhook-cache', () => cache.clear());
  }

  /** The active channels a webhook may be for, before anything is verified, each with its adapter's view. */
  return async function candidates(adapter: ChannelAdapter, req: WebhookRequest): Promise<Candidate[]> {
    const route = adapter.route(req);
    const key = `${adapter.type}:${'token' in route ? `t:${route.token}` : `k:${[...route.keys].sort().join(',')}`}`;
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < (hit.found.length ? TTL_MS : MISS_TTL_MS)) return hit.found;
    const rows = await platform.tenant.inSystem(async (s) =>
      'token' in route
        ? [await channelByToken(s, route.token)].filter((c): c is ChannelRow => Boolean(c))
        : channelsByProviderKey(s, adapter.type, route.keys),
    );
    const found = rows.filter((c) => c.type === adapter.type && c.active).map((row) => ({ row, channel: adapterChannel(platform, row) }));
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, { found, at: Date.now() });
    return found;
  };
}
