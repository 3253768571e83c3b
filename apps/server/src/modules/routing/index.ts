// Routing (ARCHITECTURE §3): queues, memberships; offers and assignment come with the core loop.
export { routingPlugin } from './routing.plugin.js';
export { seedRoutingDemo } from './seed-demo.js';

import type { Scope } from '../../platform/db/tenant.js';
import { routingRepo } from './routing.repository.js';

export type AgentQueue = { id: string; name: string; kind: 'voice' | 'chat'; direction: 'inbound' | 'outbound' | null; capacity: number };
/** The active queues an agent works in (SPEC ORG-05). */
export const agentQueues = (s: Scope, userId: string): Promise<AgentQueue[]> => routingRepo.agentQueues(s, userId);
