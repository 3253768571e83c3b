import type { AgentPresence } from '@atende/shared';
import { isPastGrace } from '@atende/shared';
import type { Scope } from '../../../platform/db/tenant.js';
import { listStaff } from '../../tenancy/index.js';
import { presenceRepo } from '../presence.repository.js';
import { loadTargets } from '../targets.js';
import { buildSnapshot, reasonNames } from './snapshot.query.js';

/** SPEC WS-03, WS-07: the supervisor's "Agentes" view — every agent's channels, state, reason and time. */
export async function agentsPresenceQuery(s: Scope, graceSeconds: number, onlyUserId?: string, now = new Date()): Promise<AgentPresence[]> {
  const staff = (await listStaff(s)).filter((u) => u.role === 'agent' && (!onlyUserId || u.id === onlyUserId));
  const open = await presenceRepo.openIntervals(s);
  const names = await reasonNames(s);
  const beats = await presenceRepo.heartbeats(s);
  const seen = new Map(beats.map((b) => [b.userId, b.lastSeenAt]));
  const result: AgentPresence[] = [];
  for (const u of staff) {
    const targets = await loadTargets(s, u.id);
    const last = seen.get(u.id) ?? null;
    result.push({
      ...buildSnapshot(
        u.id,
        targets,
        open.filter((i) => i.userId === u.id),
        names,
        now,
      ),
      name: u.name,
      avatarUrl: u.avatarUrl,
      email: u.email,
      connected: last !== null && !isPastGrace(last, now, graceSeconds),
      lastSeenAt: last?.toISOString() ?? null,
    });
  }
  return result;
}
