// Presence (ARCHITECTURE §3): channel login, pauses and intervals (SPEC WS-03…WS-07).
export { presencePlugin } from './presence.plugin.js';
export { seedPresenceDemo } from './seed-demo.js';

import type { Scope } from '../../platform/db/tenant.js';
import { presenceRepo } from './presence.repository.js';

/** ATT-02: who is logged in and not paused, per target; routing offers contacts only to them. */
export const onlineAgents = (s: Scope, kind: 'voice_queue' | 'chat_channel', targetIds: string[]) => agentsIn(s, kind, targetIds, 'online');

/** PAN-11: who is paused on these targets (the wallboard's "pausados"). */
export const pausedAgents = (s: Scope, kind: 'voice_queue' | 'chat_channel', targetIds: string[]) => agentsIn(s, kind, targetIds, 'paused');

async function agentsIn(
  s: Scope,
  kind: 'voice_queue' | 'chat_channel',
  targetIds: string[],
  state: 'online' | 'paused',
): Promise<Map<string, Set<string>>> {
  const map = new Map<string, Set<string>>();
  for (const r of await presenceRepo.onlineOnTargets(s, kind, targetIds, state)) map.set(r.userId, (map.get(r.userId) ?? new Set()).add(r.targetId));
  return map;
}
