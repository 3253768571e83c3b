import { errorBodySchema, idParams, pauseReasonBody, pauseReasonSchema, updatePauseReasonBody } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { createPauseReasonCommand, toPauseReason, updatePauseReasonCommand } from '../commands/save-pause-reason.command.js';
import { presenceRepo } from '../presence.repository.js';

export async function pauseReasonsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['presence'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/pause-reasons',
    { schema: { tags, summary: 'List pause reasons ("Motivos de pausa")', response: { 200: z.object({ items: z.array(pauseReasonSchema) }) } } },
    async (req) => {
      const p = principalOf(req);
      return { items: (await platform.tenant.inTenant(p.organizationId, p.userId, (s) => presenceRepo.listPauseReasons(s))).map(toPauseReason) };
    },
  );
  r.post(
    '/api/pause-reasons',
    { config: admin, schema: { tags, summary: 'Create a pause reason', body: pauseReasonBody, response: { 201: pauseReasonSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createPauseReasonCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/pause-reasons/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Rename or (de)activate a pause reason',
        params: idParams,
        body: updatePauseReasonBody,
        response: { 200: pauseReasonSchema, ...errors },
      },
    },
    (req) => updatePauseReasonCommand(platform, principalOf(req), req.params.id, req.body),
  );
}
