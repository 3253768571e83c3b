// Voice (ARCHITECTURE §3): calls from a PBX (CTI API) or the built-in path, their ringing of voice
// queues' agents, the agent's call actions, recordings and telephony settings (SPEC VOX-01…VOX-07).
export { voicePlugin } from './voice.plugin.js';
export { seedVoiceDemo } from './seed-demo.js';
export { sweepExpiredRecordings } from './recordings/retention.js';

import type { Scope } from '../../platform/db/tenant.js';
import { voiceRepo } from './voice.repository.js';

/** PAN-11: calls that ended unanswered since a moment, per queue (the wallboard's "abandonadas"). */
export const abandonedCallsSince = (s: Scope, since: Date): Promise<Map<string | null, number>> => voiceRepo.abandonedSince(s, since);
