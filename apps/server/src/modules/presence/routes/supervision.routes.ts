import { agentParams, agentPresence, errorBodySchema, forceLogoutBody, forcePauseBody, intervalsQuery, presenceIntervalSchema } from '@atende/shared';
import type { PresenceAction } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { changePresenceCommand } from '../commands/change-presence.command.js';
import { presenceRepo } from '../presence.repository.js';
import { agentsPresenceQuery } from '../queries/agents.query.js';

// Supervision (SPEC WS-03, WS-05, WS-07): supervisors see every agent live, may force a pause or a logout
// (recorded with who did it), and read presence intervals per agent and period.
export async function supervisionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['presence'];
  const config = { role: 'supervisor' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
  const grace = platform.config.presenceGraceSeconds;

  r.get(
    '/api/presence/agents',
    { config, schema: { tags, summary: 'Every agent’s presence ("Agentes")', response: { 200: z.object({ items: z.array(agentPresence) }) } } },
    async (req) => {
      const p = principalOf(req);
      return { items: await platform.tenant.inTenant(p.organizationId, p.userId, (s) => agentsPresenceQuery(s, grace)) };
    },
  );

  const force = async (organizationId: string, actorId: string, userId: string, action: PresenceAction) => {
    const exists = await platform.tenant.inTenant(organizationId, actorId, async (s) => (await agentsPresenceQuery(s, grace, userId)).length > 0);
    if (!exists) throw new AppError('USER_NOT_FOUND');
    await changePresenceCommand(platform, { organizationId, actorId, cause: 'supervisor' }, userId, action);
    const [row] = await platform.tenant.inTenant(organizationId, actorId, (s) => agentsPresenceQuery(s, grace, userId));
    return row!;
  };

  r.post(
    '/api/presence/agents/:userId/pause',
    {
      config,
      schema: { tags, summary: 'Force an agent to pause', params: agentParams, body: forcePauseBody, response: { 200: agentPresence, ...errors } },
    },
    async (req) => {
      const p = principalOf(req);
      const b = req.body;
      const action: PresenceAction =
        b.kind === 'voice' ? { type: 'pause_voice', reasonId: b.reasonId } : { type: 'pause_chat', channelId: b.channelId, reasonId: b.reasonId };
      return force(p.organizationId, p.userId, req.params.userId, action);
    },
  );

  r.post(
    '/api/presence/agents/:userId/logout',
    {
      config,
      schema: {
        tags,
        summary: 'Force an agent out of one channel, or of all',
        params: agentParams,
        body: forceLogoutBody,
        response: { 200: agentPresence, ...errors },
      },
    },
    async (req) => {
      const p = principalOf(req);
      const { kind, targetId } = req.body;
      const action: PresenceAction = kind && targetId ? { type: 'logout', kind, targetId } : { type: 'logout_all' };
      return force(p.organizationId, p.userId, req.params.userId, action);
    },
  );

  r.get(
    '/api/presence/intervals',
    {
      config,
      schema: {
        tags,
        summary: 'Presence intervals of an agent in a period (WS-07)',
        querystring: intervalsQuery,
        response: { 200: z.object({ items: z.array(presenceIntervalSchema) }), ...errors },
      },
    },
    async (req) => {
      const p = principalOf(req);
      const from = new Date(req.query.from);
      const to = new Date(req.query.to);
      if (!(from < to)) throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'querystring.to', rule: 'end_before_start' }] });
      const rows = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => presenceRepo.intervals(s, req.query.userId, from, to));
      const now = Date.now();
      return {
        items: rows.map((i) => ({
          id: i.id,
          userId: i.userId,
          kind: i.targetKind,
          targetId: i.targetId,
          state: i.state,
          reasonId: i.pauseReasonId,
          startedAt: i.startedAt.toISOString(),
          endedAt: i.endedAt?.toISOString() ?? null,
          startedBy: i.startedBy,
          endedBy: i.endedBy,
          endCause: i.endCause,
          // Seconds inside the asked period, so a report can sum them directly.
          seconds: Math.max(0, (Math.min(i.endedAt?.getTime() ?? now, to.getTime()) - Math.max(i.startedAt.getTime(), from.getTime())) / 1000),
        })),
      };
    },
  );
}
