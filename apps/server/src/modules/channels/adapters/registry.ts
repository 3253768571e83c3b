import type { ChannelType } from '@atende/shared';
import type { ChannelAdapter } from './port.js';
import { whatsappAdapter } from './whatsapp/whatsapp.adapter.js';

// ARCHITECTURE §3: adding a channel adds an adapter here; nothing else switches on the type.
const builtIn: ChannelAdapter[] = [whatsappAdapter];

const adapters = new Map<ChannelType, ChannelAdapter>(builtIn.map((a) => [a.type, a]));

export function registerAdapter(adapter: ChannelAdapter) {
  adapters.set(adapter.type, adapter);
}

export function adapterFor(type: ChannelType): ChannelAdapter | undefined {
  return adapters.get(type);
}

export function registeredAdapters(): ChannelAdapter[] {
  return [...adapters.values()];
}
