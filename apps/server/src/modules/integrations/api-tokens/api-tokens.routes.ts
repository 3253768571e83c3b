import { apiTokenBody, apiTokenSchema, createdApiTokenSchema, errorBodySchema, idParams } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.commands.js';

// SPEC PLT-02: "Administração → Tokens de API". Admins only; a token with the admin scope may
// manage tokens too.
export async function apiTokensRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['api-tokens'];
  const config = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

  r.get(
    '/api/api-tokens',
    {
      config,
      schema: {
        tags,
        summary: 'List API tokens (never the tokens themselves)',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...errors },
      },
    },
    async (req) => ({ items: await listApiTokens(platform, principalOf(req)) }),
  );
  r.post(
    '/api/api-tokens',
    {
      config,
      schema: {
        tags,
        summary: 'Create an API token; the answer is the only time it is shown',
        body: apiTokenBody,
        response: { 201: createdApiTokenSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createApiToken(platform, principalOf(req), req.body)),
  );
  r.delete(
    '/api/api-tokens/:id',
    { config, schema: { tags, summary: 'Revoke an API token', params: idParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await revokeApiToken(platform, principalOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
}
