// Presence (ARCHITECTURE §3): channel login, pauses and intervals (SPEC WS-03…WS-07).
export { presencePlugin } from './presence.plugin.js';
export { seedPresenceDemo } from './seed-demo.js';
