import {
  changePasswordBody,
  errorBodySchema,
  loginBody,
  meSchema,
  okSchema,
  passwordResetConfirmBody,
  passwordResetRequestBody,
  updateMeBody,
} from '@atende/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SESSION_COOKIE, principalOf } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';
import { changeOwnPasswordCommand } from '../commands/change-own-password.command.js';
import { loginCommand } from '../commands/login.command.js';
import { logoutCommand } from '../commands/logout.command.js';
import { confirmPasswordResetCommand, requestPasswordResetCommand } from '../commands/password-reset.command.js';
import { updateMeCommand } from '../commands/update-me.command.js';
import { toMe } from '../principal.js';

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['auth'];
  const errors = { 401: errorBodySchema, 409: errorBodySchema, 429: errorBodySchema };

  r.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: { tags, summary: 'Log in with e-mail and password', body: loginBody, response: { 200: meSchema, ...errors } },
    },
    async (req, reply) => {
      const { token } = await loginCommand(platform, { ...req.body, ip: req.ip, userAgent: req.headers['user-agent'] });
      const principal = await platform.auth.authenticate(token);
      if (!principal) throw new AppError('AUTH_REQUIRED');
      setSessionCookie(platform, reply, SESSION_COOKIE, token);
      return toMe(principal);
    },
  );

  r.get('/api/auth/me', { schema: { tags, summary: 'The signed-in user', response: { 200: meSchema, 401: errorBodySchema } } }, async (req) =>
    toMe(principalOf(req)),
  );

  r.patch('/api/auth/me', { schema: { tags, summary: 'Update own preferences', body: updateMeBody, response: { 200: meSchema } } }, async (req) =>
    toMe(await updateMeCommand(platform, principalOf(req), req.body)),
  );

  r.post('/api/auth/logout', { schema: { tags, summary: 'End this session', response: { 200: okSchema } } }, async (req, reply) => {
    await logoutCommand(platform, principalOf(req));
    clearSessionCookie(reply, SESSION_COOKIE);
    return { ok: true as const };
  });

  r.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Change own password (ends other sessions)',
        body: changePasswordBody,
        response: { 200: okSchema, 400: errorBodySchema },
      },
    },
    async (req) => {
      await changeOwnPasswordCommand(platform, principalOf(req), req.body);
      return { ok: true as const };
    },
  );

  // "Esqueci minha senha": public, limited per address here and per e-mail in the command.
  const resetLimit = {
    public: true,
    rateLimit: {
      max: 10,
      timeWindow: '1 minute',
      keyGenerator: (req: FastifyRequest) => `password-reset:${req.ip}`,
      errorResponseBuilder: () => new AppError('RATE_LIMITED'),
    },
  };
  r.post(
    '/api/auth/password-reset',
    {
      config: resetLimit,
      schema: {
        tags,
        summary: '"Esqueci minha senha": e-mail a one-time reset link (same answer whether the e-mail exists or not)',
        body: passwordResetRequestBody,
        response: { 200: okSchema, 400: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (req) => {
      await requestPasswordResetCommand(platform, { email: req.body.email, ip: req.ip });
      return { ok: true as const };
    },
  );
  r.post(
    '/api/auth/password-reset/confirm',
    {
      config: resetLimit,
      schema: {
        tags,
        summary: 'Set a new password from a reset link (ends every session of the user)',
        body: passwordResetConfirmBody,
        response: { 200: okSchema, 400: errorBodySchema, 429: errorBodySchema },
      },
    },
    async (req) => {
      await confirmPasswordResetCommand(platform, req.body.token, req.body.password);
      return { ok: true as const };
    },
  );
}
