// Channels (ARCHITECTURE §3): one adapter per provider behind one interface, added with each channel.
export { channelsPlugin } from './channels.plugin.js';
export { seedChannelsDemo } from './seed-demo.js';
