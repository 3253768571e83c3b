import {
  alertAppFirstAccessBody,
  alertAppLoginBody,
  alertAppSessionSchema,
  alertListSchema,
  alertViewSchema,
  errorBodySchema,
  fireAlertBody,
  idParams,
  okSchema,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { appSessionView, appUserForPassword, firstAccessCommand } from './app-auth.commands.js';
import { appPrincipalOf, closeAppSession, openAppSession } from './app-session.js';
import { fireAlertCommand } from './fire-alert.command.js';
import { ownAlertsQuery } from './alerts.queries.js';
import { attachVoiceNoteCommand } from './voice-note.js';

// SPEC ALR-01: what the alert app (PWA) calls. Public for the staff guard: each route checks the
// app session itself (cookie atende_app_sid, CSRF header on writes).
export async function appRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['alert-app'];
  const open = { public: true };
  const errors = {
    400: errorBodySchema,
    401: errorBodySchema,
    403: errorBodySchema,
    404: errorBodySchema,
    409: errorBodySchema,
    429: errorBodySchema,
  };

  r.post(
    '/api/alert-app/login',
    {
      config: open,
      schema: { tags, summary: 'App user login (CPF or e-mail)', body: alertAppLoginBody, response: { 200: alertAppSessionSchema, ...errors } },
    },
    async (req, reply) => {
      const user = await appUserForPassword(platform, { ...req.body, ip: req.ip });
      return appSessionView(platform, await openAppSession(platform, reply, user));
    },
  );
  r.post(
    '/api/alert-app/first-access',
    {
      config: open,
      schema: {
        tags,
        summary: 'Set the password from a first-access link',
        body: alertAppFirstAccessBody,
        response: { 200: alertAppSessionSchema, ...errors },
      },
    },
    async (req, reply) => {
      const user = await firstAccessCommand(platform, req.body.token, req.body.password);
      return appSessionView(platform, await openAppSession(platform, reply, user));
    },
  );
  r.post(
    '/api/alert-app/logout',
    { config: open, schema: { tags, summary: 'End the app session', response: { 200: okSchema, ...errors } } },
    async (req, reply) => {
      await closeAppSession(platform, reply, await appPrincipalOf(platform, req));
      return { ok: true as const };
    },
  );
  r.get(
    '/api/alert-app/me',
    { config: open, schema: { tags, summary: 'The signed-in app user', response: { 200: alertAppSessionSchema, ...errors } } },
    async (req) => appSessionView(platform, await appPrincipalOf(platform, req)),
  );
  r.post(
    '/api/alert-app/alerts',
    {
      config: open,
      schema: {
        tags,
        summary: 'Fire an alert (idempotent by clientId)',
        body: fireAlertBody,
        response: { 200: alertViewSchema, 201: alertViewSchema, ...errors },
      },
    },
    async (req, reply) => {
      const { alert, created } = await fireAlertCommand(platform, await appPrincipalOf(platform, req), req.body);
      return reply.status(created ? 201 : 200).send(alert);
    },
  );
  r.get(
    '/api/alert-app/alerts',
    { config: open, schema: { tags, summary: 'My alerts, newest first', response: { 200: alertListSchema, ...errors } } },
    async (req) => ownAlertsQuery(platform, await appPrincipalOf(platform, req)),
  );
  r.post(
    '/api/alert-app/alerts/:id/voice-note',
    {
      config: open,
      schema: { tags, summary: 'Attach a voice message (audio, ≤ 2 MB, once)', params: idParams, response: { 200: alertViewSchema, ...errors } },
    },
    async (req) => attachVoiceNoteCommand(platform, await appPrincipalOf(platform, req), req.params.id, req),
  );
}
