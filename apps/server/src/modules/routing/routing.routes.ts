import { queueSchema } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/auth/index.js';
import { routingRepo } from './routing.repository.js';

export async function routingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/queues',
    { schema: { tags: ['queues'], summary: 'List queues with their members', response: { 200: z.object({ items: z.array(queueSchema) }) } } },
    async (req) => {
      const p = principalOf(req);
      const rows = await app.platform.tenant.inTenant(p.organizationId, p.userId, (s) => routingRepo.list(s));
      return { items: rows.map(({ id, name, kind, direction, policy, companyId, active, members }) => ({ id, name, kind, direction, policy, companyId, active, members })) };
    },
  );
}
