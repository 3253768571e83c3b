// Routing (ARCHITECTURE §3): queues, memberships and the dispatcher that offers waiting contacts to agents (SPEC ATT-02).
export { routingPlugin } from './routing.plugin.js';
export { seedRoutingDemo } from './seed-demo.js';

import type { Scope } from '../../platform/db/tenant.js';
import { routingRepo } from './routing.repository.js';

export type AgentQueue = { id: string; name: string; kind: 'voice' | 'chat'; direction: 'inbound' | 'outbound' | null; capacity: number };
/** The active queues an agent works in (SPEC ORG-05). */
export const agentQueues = (s: Scope, userId: string): Promise<AgentQueue[]> => routingRepo.agentQueues(s, userId);

/** The company a queue serves (PAN-01: an attendance's company comes from its queue). */
export const queueCompany = async (s: Scope, queueId: string): Promise<string | null> => (await routingRepo.byId(s, queueId))?.companyId ?? null;
/** The kind of a queue of this organization, or undefined when there is none with that id. */
export const queueKind = async (s: Scope, queueId: string): Promise<'voice' | 'chat' | undefined> => (await routingRepo.byId(s, queueId))?.kind;
