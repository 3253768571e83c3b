// Routing (ARCHITECTURE §3a): the dispatcher, who gets which waiting contact. It sits above
// attendances and presence and reads queue definitions from queues; no module imports it back.
export { routingPlugin } from './routing.plugin.js';

import type { Scope } from '../../platform/db/tenant.js';
import { routingRepo } from './routing.repository.js';

/** ATT-02 routing memory (when each agent last got / finished a contact), shared by chat and voice. */
export const agentRoutingStates = (s: Scope, userIds: string[]) => routingRepo.agentStates(s, userIds);
export const touchAgentRouting = (s: Scope, userId: string, field: 'lastAssignedAt' | 'lastFreedAt', at: Date) =>
  routingRepo.touchAgent(s, userId, field, at);
/** Serialises offers of one queue across requests and instances (transaction-scoped). */
export const lockQueueRouting = (s: Scope, queueId: string) => routingRepo.lockQueue(s, queueId);
