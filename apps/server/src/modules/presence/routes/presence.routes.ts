import { channelParams, errorBodySchema, loginTargetBody, pauseBody, presenceSnapshot } from '@atende/shared';
import type { PresenceAction } from '@atende/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../platform/auth/index.js';
import { changePresenceCommand } from '../commands/change-presence.command.js';
import { snapshotQuery } from '../queries/snapshot.query.js';

// SPEC WS-03…WS-07: the agent's own channel sessions.
export async function presenceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['presence'];
  const response = { 200: presenceSnapshot, 400: errorBodySchema, 409: errorBodySchema };
  const self = (req: FastifyRequest, action: PresenceAction) => {
    const p = principalOf(req);
    return changePresenceCommand(platform, { organizationId: p.organizationId, actorId: p.userId, cause: 'self' }, p.userId, action);
  };

  r.get('/api/presence/me', { schema: { tags, summary: 'My channels, states and timers', response: { 200: presenceSnapshot } } }, async (req) => {
    const p = principalOf(req);
    return platform.tenant.inTenant(p.organizationId, p.userId, (s) => snapshotQuery(s, p.userId));
  });
  r.post('/api/presence/me/login', { schema: { tags, summary: 'Log into a voice queue or chat channel', body: loginTargetBody, response } }, (req) =>
    self(req, { type: 'login', kind: req.body.kind, targetId: req.body.targetId }),
  );
  r.post(
    '/api/presence/me/logout',
    { schema: { tags, summary: 'Log out of a voice queue or chat channel', body: loginTargetBody, response } },
    (req) => self(req, { type: 'logout', kind: req.body.kind, targetId: req.body.targetId }),
  );
  r.post('/api/presence/me/voice/pause', { schema: { tags, summary: 'Pause every voice queue (WS-05)', body: pauseBody, response } }, (req) =>
    self(req, { type: 'pause_voice', reasonId: req.body.reasonId }),
  );
  r.post('/api/presence/me/voice/resume', { schema: { tags, summary: 'Resume every voice queue', response } }, (req) =>
    self(req, { type: 'resume_voice' }),
  );
  r.post(
    '/api/presence/me/chat/:channelId/pause',
    { schema: { tags, summary: 'Pause a chat channel and those sharing its queue (WS-06)', params: channelParams, body: pauseBody, response } },
    (req) => self(req, { type: 'pause_chat', channelId: req.params.channelId, reasonId: req.body.reasonId }),
  );
  r.post(
    '/api/presence/me/chat/:channelId/resume',
    { schema: { tags, summary: 'Resume a chat channel and those sharing its queue', params: channelParams, response } },
    (req) => self(req, { type: 'resume_chat', channelId: req.params.channelId }),
  );
}
