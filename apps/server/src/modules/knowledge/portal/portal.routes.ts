import {
  errorBodySchema,
  idParams,
  okSchema,
  portalDemandsSchema,
  portalFirstAccessBody,
  portalLoginBody,
  portalResendResult,
  portalSessionSchema,
  portalSetPasswordBody,
  portalUserView,
} from '@atende/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import {
  portalFirstAccessCommand,
  portalLoginCommand,
  portalSetPasswordCommand,
  portalUserQuery,
  resendPortalPasswordCommand,
} from './portal-access.commands.js';
import { portalDemandsQuery, portalSessionView } from './portal-demands.query.js';
import { closePortalSession, openPortalSession, portalPrincipalOf } from './portal-session.js';

// SPEC PER-06: the customer portal (/portal) and the person page's "Usuário" tab. Portal routes are
// public for the staff guard and check their own session (cookie atende_portal_sid, CSRF on writes).
export async function portalRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['portal'];
  const errors = {
    400: errorBodySchema,
    401: errorBodySchema,
    403: errorBodySchema,
    404: errorBodySchema,
    409: errorBodySchema,
    429: errorBodySchema,
  };
  const open = {
    public: true,
    rateLimit: {
      max: 20,
      timeWindow: '1 minute',
      keyGenerator: (req: FastifyRequest) => `portal:${req.ip}`,
      errorResponseBuilder: () => new AppError('RATE_LIMITED'),
    },
  };

  r.post(
    '/api/portal/first-access',
    {
      config: open,
      schema: {
        tags,
        summary: 'First access: e-mail a link to set the password when the CPF/CNPJ and e-mail match (same answer either way)',
        body: portalFirstAccessBody,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await portalFirstAccessCommand(platform, { ...req.body, ip: req.ip });
      return { ok: true as const };
    },
  );
  r.post(
    '/api/portal/password',
    {
      config: open,
      schema: {
        tags,
        summary: 'Set the password from an e-mailed link (once) and sign in',
        body: portalSetPasswordBody,
        response: { 200: portalSessionSchema, ...errors },
      },
    },
    async (req, reply) => {
      const user = await portalSetPasswordCommand(platform, req.body.token, req.body.password);
      return portalSessionView(platform, await openPortalSession(platform, reply, user));
    },
  );
  r.post(
    '/api/portal/login',
    {
      config: open,
      schema: { tags, summary: 'Customer login (CPF/CNPJ or e-mail)', body: portalLoginBody, response: { 200: portalSessionSchema, ...errors } },
    },
    async (req, reply) => {
      const user = await portalLoginCommand(platform, { ...req.body, ip: req.ip });
      return portalSessionView(platform, await openPortalSession(platform, reply, user));
    },
  );
  r.post(
    '/api/portal/logout',
    { config: { public: true }, schema: { tags, summary: 'End the portal session', response: { 200: okSchema, ...errors } } },
    async (req, reply) => {
      await closePortalSession(platform, reply, await portalPrincipalOf(platform, req));
      return { ok: true as const };
    },
  );
  r.get(
    '/api/portal/me',
    { config: { public: true }, schema: { tags, summary: 'The signed-in customer', response: { 200: portalSessionSchema, ...errors } } },
    async (req) => portalSessionView(platform, await portalPrincipalOf(platform, req)),
  );
  r.get(
    '/api/portal/demands',
    {
      config: { public: true },
      schema: { tags, summary: "The customer's attendances and requests: protocol and state", response: { 200: portalDemandsSchema, ...errors } },
    },
    async (req) => portalDemandsQuery(platform, await portalPrincipalOf(platform, req)),
  );

  // Staff: the person page's "Usuário" tab.
  const staff = { role: 'agent' as const };
  r.get(
    '/api/persons/:id/portal-user',
    {
      config: staff,
      schema: { tags, summary: "The person's portal login: since when, last access", params: idParams, response: { 200: portalUserView, ...errors } },
    },
    (req) => portalUserQuery(platform, principalOf(req), req.params.id),
  );
  r.post(
    '/api/persons/:id/portal-user/resend',
    {
      config: staff,
      schema: {
        tags,
        summary: '"Reenviar senha": e-mail the person a link to set a password',
        params: idParams,
        response: { 200: portalResendResult, ...errors },
      },
    },
    (req) => resendPortalPasswordCommand(platform, principalOf(req), req.params.id),
  );
}
