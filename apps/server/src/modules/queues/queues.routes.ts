import { errorBodySchema, idParams, queueBody, queueMembersBody, queueSchema, updateQueueBody } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/auth/index.js';
import { createQueueCommand, deleteQueueCommand, setQueueMembersCommand, updateQueueCommand } from './commands/save-queue.command.js';
import { toQueue } from './queues.mappers.js';
import { queuesRepo } from './queues.repository.js';

// SPEC ORG-05: queues (voice inbound/outbound, chat) and agents' memberships, managed by admins.
export async function queuesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['queues'];
  const admin = { role: 'admin' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

  r.get(
    '/api/queues',
    { schema: { tags, summary: 'List queues with their members', response: { 200: z.object({ items: z.array(queueSchema) }) } } },
    async (req) => {
      const p = principalOf(req);
      const rows = await platform.tenant.inTenant(p.organizationId, p.userId, (s) => queuesRepo.list(s));
      return { items: rows.map(toQueue) };
    },
  );
  r.post(
    '/api/queues',
    { config: admin, schema: { tags, summary: 'Create a queue', body: queueBody, response: { 201: queueSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createQueueCommand(platform, principalOf(req), req.body)),
  );
  r.patch(
    '/api/queues/:id',
    { config: admin, schema: { tags, summary: 'Edit a queue', params: idParams, body: updateQueueBody, response: { 200: queueSchema, ...errors } } },
    (req) => updateQueueCommand(platform, principalOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/queues/:id',
    { config: admin, schema: { tags, summary: 'Delete a queue no channel feeds', params: idParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await deleteQueueCommand(platform, principalOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  r.put(
    '/api/queues/:id/members',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Set the agents of a queue and their capacity',
        params: idParams,
        body: queueMembersBody,
        response: { 200: queueSchema, ...errors },
      },
    },
    (req) => setQueueMembersCommand(platform, principalOf(req), req.params.id, req.body.members),
  );
}
