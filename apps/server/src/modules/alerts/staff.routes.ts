import {
  alertAppUserBody,
  alertAppUserDetailSchema,
  alertAppUserSchema,
  alertAppUsersQuery,
  alertInviteSchema,
  alertSettingsBody,
  alertSettingsSchema,
  alertsPageSchema,
  alertsQuery,
  alertViewSchema,
  closeAlertBody,
  errorBodySchema,
  idParams,
  updateAlertAppUserBody,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/auth/index.js';
import { AppError } from '../../platform/errors.js';
import { assumeAlertCommand, closeAlertCommand, markSeenCommand } from './alert-state.commands.js';
import { getAlertQuery, listAlertsQuery, monitorAccessQuery, visibleAlert } from './alerts.queries.js';
import {
  createAppUserCommand,
  getAppUserQuery,
  inviteAppUserCommand,
  listAppUsersQuery,
  setAppUserActiveCommand,
  updateAppUserCommand,
} from './app-users.commands.js';
import { getSettingsQuery, saveSettingsCommand } from './settings.commands.js';

// SPEC ALR-04, ALR-06, ALR-07: the console's side of the Canal de Alertas.
export async function staffRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const supervisor = { role: 'supervisor' as const };
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
  const users = ['alert-users'];
  const tags = ['alerts'];

  r.get(
    '/api/alerts/users',
    {
      config: supervisor,
      schema: {
        tags: users,
        summary: 'App users',
        querystring: alertAppUsersQuery,
        response: { 200: z.object({ users: z.array(alertAppUserSchema) }), ...errors },
      },
    },
    (req) => listAppUsersQuery(platform, principalOf(req), req.query),
  );
  r.post(
    '/api/alerts/users',
    {
      config: supervisor,
      schema: { tags: users, summary: 'Register an app user', body: alertAppUserBody, response: { 201: alertAppUserSchema, ...errors } },
    },
    async (req, reply) => reply.status(201).send(await createAppUserCommand(platform, principalOf(req), req.body)),
  );
  r.get(
    '/api/alerts/users/:id',
    {
      config: supervisor,
      schema: { tags: users, summary: 'An app user with their alerts', params: idParams, response: { 200: alertAppUserDetailSchema, ...errors } },
    },
    (req) => getAppUserQuery(platform, principalOf(req), req.params.id),
  );
  r.patch(
    '/api/alerts/users/:id',
    {
      config: supervisor,
      schema: {
        tags: users,
        summary: 'Edit an app user',
        params: idParams,
        body: updateAlertAppUserBody,
        response: { 200: alertAppUserSchema, ...errors },
      },
    },
    (req) => updateAppUserCommand(platform, principalOf(req), req.params.id, req.body),
  );
  for (const [verb, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    r.post(
      `/api/alerts/users/:id/${verb}`,
      {
        config: supervisor,
        schema: { tags: users, summary: `${verb} an app user`, params: idParams, response: { 200: alertAppUserSchema, ...errors } },
      },
      (req) => setAppUserActiveCommand(platform, principalOf(req), req.params.id, active),
    );
  }
  r.post(
    '/api/alerts/users/:id/invite',
    {
      config: supervisor,
      schema: { tags: users, summary: 'A one-time first-access link (7 days)', params: idParams, response: { 200: alertInviteSchema, ...errors } },
    },
    (req) => inviteAppUserCommand(platform, principalOf(req), req.params.id),
  );

  r.get(
    '/api/alerts/settings',
    { config: supervisor, schema: { tags, summary: 'Alert settings', response: { 200: alertSettingsSchema, ...errors } } },
    (req) => getSettingsQuery(platform, principalOf(req)),
  );
  r.put(
    '/api/alerts/settings',
    { config: admin, schema: { tags, summary: 'Save alert settings', body: alertSettingsBody, response: { 200: alertSettingsSchema, ...errors } } },
    (req) => saveSettingsCommand(platform, principalOf(req), req.body),
  );

  r.get(
    '/api/alerts/access',
    {
      schema: {
        tags,
        summary: 'Whether I see the monitoring panel (supervisors, admins, receiving team)',
        response: { 200: z.object({ monitor: z.boolean() }) },
      },
    },
    (req) => monitorAccessQuery(platform, principalOf(req)),
  );
  r.get(
    '/api/alerts',
    {
      schema: { tags, summary: 'Alerts of my teams (all for supervisors)', querystring: alertsQuery, response: { 200: alertsPageSchema, ...errors } },
    },
    (req) => listAlertsQuery(platform, principalOf(req), req.query),
  );
  r.get('/api/alerts/:id', { schema: { tags, summary: 'One alert', params: idParams, response: { 200: alertViewSchema, ...errors } } }, (req) =>
    getAlertQuery(platform, principalOf(req), req.params.id),
  );
  r.post(
    '/api/alerts/:id/seen',
    { schema: { tags, summary: 'Mark as received by the team', params: idParams, response: { 200: alertViewSchema, ...errors } } },
    (req) => markSeenCommand(platform, principalOf(req), req.params.id),
  );
  r.post(
    '/api/alerts/:id/assume',
    { schema: { tags, summary: 'Take the alert', params: idParams, response: { 200: alertViewSchema, ...errors } } },
    (req) => assumeAlertCommand(platform, principalOf(req), req.params.id),
  );
  r.post(
    '/api/alerts/:id/close',
    {
      schema: { tags, summary: 'Close the alert with a note', params: idParams, body: closeAlertBody, response: { 200: alertViewSchema, ...errors } },
    },
    (req) => closeAlertCommand(platform, principalOf(req), req.params.id, req.body.note),
  );
  r.get('/api/alerts/:id/voice-note', { schema: { tags, summary: 'The alert’s voice message', params: idParams } }, async (req, reply) => {
    const p = principalOf(req);
    const alert = await platform.tenant.asUser(p, (s) => visibleAlert(s, p, req.params.id));
    const blob = alert.voiceNoteKey ? await platform.storage.get(alert.voiceNoteKey) : undefined;
    if (!blob) throw new AppError('NOT_FOUND');
    return reply
      .type(alert.voiceNoteMime ?? blob.contentType)
      .header('content-length', blob.size)
      .header('cache-control', 'private, max-age=3600')
      .header('x-content-type-options', 'nosniff')
      .send(blob.stream);
  });
}
