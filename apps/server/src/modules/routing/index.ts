// Routing (ARCHITECTURE §3): queues, memberships; offers and assignment come with the core loop.
export { routingPlugin } from './routing.plugin.js';
export { seedRoutingDemo } from './seed-demo.js';
