// Routing (ARCHITECTURE §3a): the dispatcher, who gets which waiting contact. It sits above
// attendances and presence and reads queue definitions from queues; no module imports it back.
export { routingPlugin } from './routing.plugin.js';
