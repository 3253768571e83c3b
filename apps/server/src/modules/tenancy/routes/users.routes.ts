import {
  createUserBody,
  errorBodySchema,
  idParams,
  listUsersQuery as listQuery,
  okSchema,
  resetPasswordBody,
  updateUserBody,
  userSchema,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { createUserCommand } from '../commands/create-user.command.js';
import { resetUserPasswordCommand } from '../commands/reset-user-password.command.js';
import { updateUserCommand } from '../commands/update-user.command.js';
import { listUsersQuery } from '../queries/tenancy.queries.js';

// SPEC ORG-02: admins manage users; supervisors may list them.
export async function usersRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['users'];
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/users',
    {
      config: { role: 'supervisor' },
      schema: { tags, summary: 'List users', querystring: listQuery, response: { 200: z.object({ items: z.array(userSchema) }) } },
    },
    async (req) => ({
      items: await listUsersQuery(platform, principalOf(req), { search: req.query.search, includeInactive: req.query.includeInactive === 'true' }),
    }),
  );

  r.post(
    '/api/users',
    { config: { role: 'admin' }, schema: { tags, summary: 'Create a user', body: createUserBody, response: { 201: userSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createUserCommand(platform, principalOf(req), req.body)),
  );

  r.patch(
    '/api/users/:id',
    {
      config: { role: 'admin' },
      schema: { tags, summary: 'Edit a user', params: idParams, body: updateUserBody, response: { 200: userSchema, ...errors } },
    },
    async (req) => updateUserCommand(platform, principalOf(req), req.params.id, req.body),
  );

  for (const [action, active] of [
    ['deactivate', false],
    ['activate', true],
  ] as const) {
    r.post(
      `/api/users/:id/${action}`,
      { config: { role: 'admin' }, schema: { tags, summary: `${action} a user`, params: idParams, response: { 200: userSchema, ...errors } } },
      async (req) => updateUserCommand(platform, principalOf(req), req.params.id, { active }),
    );
  }

  r.post(
    '/api/users/:id/password',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: "Reset a user's password (ends their sessions)",
        params: idParams,
        body: resetPasswordBody,
        response: { 200: okSchema, ...errors },
      },
    },
    async (req) => {
      await resetUserPasswordCommand(platform, principalOf(req), req.params.id, req.body.password);
      return { ok: true as const };
    },
  );
}
