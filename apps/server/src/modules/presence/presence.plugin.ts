import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { rooms } from '../../platform/realtime/realtime.js';
import { listStaff } from '../tenancy/index.js';
import { changePresenceInTx } from './commands/change-presence.command.js';
import { reconcilePresenceCommand } from './commands/reconcile-presence.command.js';
import { createGraceSweeper } from './grace-sweeper.js';
import { agentsPresenceQuery } from './queries/agents.query.js';
import { snapshotQuery } from './queries/snapshot.query.js';
import { pauseReasonsRoutes } from './routes/pause-reasons.routes.js';
import { presenceRoutes } from './routes/presence.routes.js';
import { supervisionRoutes } from './routes/supervision.routes.js';

// Not encapsulated: the sweeper is decorated on the root instance (tests drive it with their own clock).
export const presencePlugin = fp(
  async function presence(app: FastifyInstance) {
    const platform = app.platform;
    const grace = platform.config.presenceGraceSeconds;

    // SPEC WS-02: logging out of the platform logs out of every channel (after the attendances
    // module's check that nothing is in progress).
    platform.auth.beforeLogout(async (p) => {
      await platform.tenant.inTenant(p.organizationId, p.userId, (s) => changePresenceInTx(platform, s, p.userId, { type: 'logout_all' }, 'logout'));
    }, 'cleanup');

    // Every tab of the agent and every supervisor see a change within moments (SPEC WS-03, WS-07).
    platform.events.on('presence.changed', 'presence.realtime', async (event) => {
      const userId = event.payload.userId;
      const org = event.organizationId;
      const [snapshot, agent, staff] = await platform.tenant.inTenant(
        org,
        null,
        async (s) => [await snapshotQuery(s, userId), (await agentsPresenceQuery(s, grace, userId))[0], await listStaff(s)] as const,
      );
      // Tells the agent's tabs who caused it, so a forced pause can say "by Sérgio".
      const change = { cause: event.payload.cause, actorId: event.actorId, actorName: staff.find((u) => u.id === event.actorId)?.name ?? null };
      platform.realtime.publish(rooms.user(org, userId), 'presence.snapshot', { ...snapshot, change });
      if (agent) for (const role of ['supervisor', 'admin']) platform.realtime.publish(rooms.role(org, role), 'presence.agent', agent);
    });

    // Memberships, queues and channels belong to other modules: their events tell presence to reconcile.
    for (const type of ['queue.members_changed', 'queue.updated', 'queue.deleted', 'channel.updated'] as const) {
      platform.events.on(type, 'presence.reconcile', async (event) => {
        await reconcilePresenceCommand(platform, event.organizationId);
      });
    }

    // Connections of this instance, for the heartbeat that the grace period reads.
    const connected = new Map<string, { organizationId: string; userId: string; sockets: number }>();
    const sweeper = createGraceSweeper(platform, app.log, () => [...connected.values()]);
    platform.realtime.onConnection((socket, p) => {
      const entry = connected.get(p.userId) ?? { organizationId: p.organizationId, userId: p.userId, sockets: 0 };
      entry.sockets++;
      connected.set(p.userId, entry);
      void sweeper.heartbeat().catch((err) => app.log.warn({ err }, 'presence heartbeat failed'));
      socket.on('disconnect', () => {
        if (--entry.sockets <= 0) connected.delete(p.userId);
      });
    });
    app.decorate('presenceSweeper', sweeper);
    platform.afterMigrate(async () => sweeper.start());
    app.addHook('onClose', async () => sweeper.stop());

    await app.register(presenceRoutes);
    await app.register(supervisionRoutes);
    await app.register(pauseReasonsRoutes);
  },
  { name: 'atende-presence', dependencies: ['atende-tenancy'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    presenceSweeper: ReturnType<typeof createGraceSweeper>;
  }
}
