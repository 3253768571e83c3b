import { WIDGET_NAMESPACE } from '@atende/shared';
import type { Platform } from '../../../platform/platform.js';
import { visitorRoom } from '../webchat/widget.gateway.js';
import type { ChannelRow } from '../../queues/index.js';
import type { AdapterChannel, ChannelAdapter, ProviderContext } from './port.js';

/** A channel row as its adapter sees it: secrets opened (only ever in memory, for the provider call). */
export function adapterChannel(platform: Platform, row: ChannelRow): AdapterChannel {
  const secrets: Record<string, string> = {};
  for (const [name, sealed] of Object.entries(row.secrets ?? {})) {
    const plain = platform.secrets.open(sealed);
    if (plain !== null) secrets[name] = plain;
  }
  return {
    id: row.id,
    organizationId: row.organizationId,
    token: row.token,
    settings: (row.settings as Record<string, unknown> | null) ?? {},
    secrets,
  };
}

/** What a provider call needs from the platform: fetch and the configured base URLs (CH-08). */
export function providerContext(platform: Platform, adapter: ChannelAdapter): ProviderContext {
  return {
    fetch: globalThis.fetch,
    baseUrl: adapter.baseUrl(platform.config) ?? '',
    publicUrl: platform.config.publicUrl,
    pushToContact: (organizationId, identity, message) =>
      platform.realtime.publishIn(WIDGET_NAMESPACE, visitorRoom(organizationId, identity), 'message', message),
  };
}
