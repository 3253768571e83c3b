// Voice (ARCHITECTURE §3): calls from a PBX (CTI API) or the built-in path, their ringing of voice
// queues' agents, the agent's call actions, recordings and telephony settings (SPEC VOX-01…VOX-07).
export { voicePlugin } from './voice.plugin.js';
export { seedVoiceDemo } from './seed-demo.js';
export { sweepExpiredRecordings } from './recordings/retention.js';

import type { Scope } from '../../platform/db/tenant.js';
import { voiceRepo } from './voice.repository.js';

/** PAN-11: calls that ended unanswered since a moment, per queue (the wallboard's "abandonadas"). */
export const abandonedCallsSince = (s: Scope, since: Date): Promise<Map<string | null, number>> => voiceRepo.abandonedSince(s, since);

import type { Platform } from '../../platform/platform.js';
import { openCall } from './calls/call-steps.js';
/**
 * VOX-06a, the built-in path: a call placed from the widget or the alert app (signalled and carried
 * by Atende itself) enters like a PBX's — an attendance in its voice queue, rung to its agents.
 */
export const startBuiltinCall = (
  platform: Platform,
  s: Scope,
  input: { from: string; queueId: string; personId?: string | null; personName?: string | null; ivr?: Record<string, string> },
  now = new Date(),
) =>
  openCall(
    platform,
    s,
    {
      provider: 'builtin',
      externalId: null,
      direction: 'in',
      from: input.from,
      to: '',
      queueId: input.queueId,
      agentId: null,
      ivr: input.ivr ?? {},
      personId: input.personId,
      personName: input.personName,
    },
    now,
  );
