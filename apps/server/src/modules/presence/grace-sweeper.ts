import type { FastifyBaseLogger } from 'fastify';
import type { Platform } from '../../platform/platform.js';
import { changePresenceInTx } from './commands/change-presence.command.js';
import { presenceRepo } from './presence.repository.js';

/**
 * SPEC WS-02, PLT-06: each instance refreshes the heartbeat of the agents connected to it; any instance
 * may then log out of every channel the agents seen by none for longer than the grace period.
 */
export function createGraceSweeper(platform: Platform, log: FastifyBaseLogger, connected: () => { organizationId: string; userId: string }[]) {
  const grace = platform.config.presenceGraceSeconds;
  const period = Math.max(1000, Math.min(15_000, (grace * 1000) / 4));
  let timer: NodeJS.Timeout | undefined;

  async function heartbeat(now = new Date()) {
    await platform.tenant.inSystem((s) => presenceRepo.touch(s, connected(), now));
  }

  /** Logs out the stale agents; returns who was logged out. Exposed so tests can pass their own clock. */
  async function sweep(now = new Date()) {
    const cutoff = new Date(now.getTime() - grace * 1000);
    const stale = await platform.tenant.inSystem((s) => presenceRepo.staleAgents(s, cutoff));
    const done: string[] = [];
    for (const agent of stale) {
      const changed = await platform.tenant.inTenant(agent.organizationId, null, (s) =>
        changePresenceInTx(platform, s, agent.userId, { type: 'logout_all' }, 'grace'),
      );
      if (changed) done.push(agent.userId);
    }
    return done;
  }

  return {
    heartbeat,
    sweep,
    start() {
      timer = setInterval(() => {
        heartbeat()
          .then(() => sweep())
          .catch((err) => log.error({ err }, 'presence sweep failed'));
      }, period);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
