import type { ChannelType } from '@atende/shared';
import type { ChannelAdapter } from './port.js';
import { telegramAdapter } from './telegram/telegram.adapter.js';

// ARCHITECTURE §3: adding a channel adds an adapter to this list; nothing else switches on the type.
const builtIn: ChannelAdapter[] = [telegramAdapter];

const adapters = new Map<ChannelType, ChannelAdapter>(builtIn.map((adapter) => [adapter.type, adapter]));

export function registerAdapter(adapter: ChannelAdapter) {
  adapters.set(adapter.type, adapter);
}

export function adapterFor(type: ChannelType): ChannelAdapter | undefined {
  return adapters.get(type);
}

export function registeredAdapters(): ChannelAdapter[] {
  return [...adapters.values()];
}
