import {
  errorBodySchema,
  mailLogList,
  mailQueuedSchema,
  mailSettingsBody,
  mailSettingsView,
  mailTestBody,
  type MailSettingsView,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../auth/index.js';
import { AppError } from '../errors.js';
import { resolveAllowedHost } from '../http/outbound-fetch.js';
import { composeMail } from './mail-texts.js';
import { mailLogRepo, mailSettingsRepo, type MailLogRow, type MailSettingsRow } from './mail-settings.repository.js';

const view = (row: MailSettingsRow | undefined): MailSettingsView =>
  row
    ? {
        configured: true,
        host: row.host,
        port: row.port,
        security: row.security,
        username: row.username,
        hasPassword: Boolean(row.passwordSealed),
        fromName: row.fromName,
        fromAddress: row.fromAddress,
      }
    : { configured: false, host: '', port: 587, security: 'starttls', username: null, hasPassword: false, fromName: '', fromAddress: '' };

const logView = (r: MailLogRow) => ({
  id: r.id,
  kind: r.kind,
  to: r.to,
  subject: r.subject,
  status: r.status,
  attempts: r.attempts,
  error: r.error,
  createdAt: r.createdAt.toISOString(),
  sentAt: r.sentAt?.toISOString() ?? null,
});

// "Administração → E-mail": the organization's SMTP server, "Enviar e-mail de teste" and the log of
// mails sent or failed. Admins only.
export async function mailRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['mail'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/mail/settings',
    { config: admin, schema: { tags, summary: 'SMTP settings (the password is never shown)', response: { 200: mailSettingsView, ...errors } } },
    (req) => platform.tenant.asUser(principalOf(req), async (s) => view(await mailSettingsRepo.get(s))),
  );
  r.put(
    '/api/mail/settings',
    { config: admin, schema: { tags, summary: 'Save the SMTP settings', body: mailSettingsBody, response: { 200: mailSettingsView, ...errors } } },
    async (req) => {
      const b = req.body;
      // The same guard as outbound HTTP: no private or loopback SMTP host unless ALLOW_PRIVATE_TARGETS.
      await resolveAllowedHost(b.host, platform.config.allowPrivateTargets);
      return platform.tenant.asUser(principalOf(req), async (s) => {
        const current = await mailSettingsRepo.get(s);
        const passwordSealed = b.password === undefined ? (current?.passwordSealed ?? null) : b.password ? platform.secrets.seal(b.password) : null;
        const row = await mailSettingsRepo.save(s, {
          host: b.host,
          port: b.port,
          security: b.security,
          username: b.username || null,
          passwordSealed,
          fromName: b.fromName,
          fromAddress: b.fromAddress,
        });
        return view(row);
      });
    },
  );
  r.post(
    '/api/mail/test',
    {
      config: admin,
      schema: {
        tags,
        summary: '"Enviar e-mail de teste": queue a test message (to the admin unless `to` is given)',
        body: mailTestBody,
        response: { 202: mailQueuedSchema, ...errors },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const entry = await platform.tenant.asUser(p, async (s) => {
        const settings = await mailSettingsRepo.get(s);
        if (!settings) throw new AppError('MAIL_NOT_CONFIGURED');
        return platform.mail.enqueue(s, 'test', composeMail('test', p.locale, req.body.to ?? p.email, { organization: settings.fromName }));
      });
      return reply.status(202).send({ id: entry.id, to: entry.to });
    },
  );
  r.get(
    '/api/mail/log',
    { config: admin, schema: { tags, summary: 'The latest 50 mails, newest first, with their status', response: { 200: mailLogList, ...errors } } },
    (req) => platform.tenant.asUser(principalOf(req), async (s) => ({ items: (await mailLogRepo.recent(s)).map(logView) })),
  );
}
