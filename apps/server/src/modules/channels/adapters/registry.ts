import type { ChannelType } from '@atende/shared';
import type { ChannelAdapter } from './port.js';
import { telegramAdapter } from './telegram/telegram.adapter.js';
import { webchatAdapter } from './webchat/webchat.adapter.js';
import { whatsappAdapter } from './whatsapp/whatsapp.adapter.js';

// ARCHITECTURE §3: adding a channel adds its adapter to this list; nothing else switches on the type.
const builtIn: ChannelAdapter[] = [webchatAdapter, telegramAdapter, whatsappAdapter];
const adapters = new Map<ChannelType, ChannelAdapter>(builtIn.map((a) => [a.type, a]));

export function registerAdapter(adapter: ChannelAdapter) {
  adapters.set(adapter.type, adapter);
}

export function adapterFor(type: ChannelType | string): ChannelAdapter | undefined {
  return adapters.get(type as ChannelType);
}

export function registeredAdapters(): ChannelAdapter[] {
  return [...adapters.values()];
}
