// Channels (ARCHITECTURE §3): one adapter per provider behind one interface, added with each channel.
// Channel definitions (which queue each feeds, pre-chat, secret) live in the queues module.
export { channelsPlugin } from './channels.plugin.js';
// Other modules that call a provider from a job (web push) retry it on the same schedule.
export { retryProviderJob } from './provider-retry.js';
