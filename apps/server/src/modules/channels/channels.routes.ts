import { channelSchema } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../platform/auth/index.js';
import { channelsRepo } from './channels.repository.js';

export async function channelsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/channels',
    { schema: { tags: ['channels'], summary: 'List channels and the queue each feeds', response: { 200: z.object({ items: z.array(channelSchema) }) } } },
    async (req) => {
      const p = principalOf(req);
      const rows = await app.platform.tenant.inTenant(p.organizationId, p.userId, (s) => channelsRepo.list(s));
      // The secret never leaves the server.
      return { items: rows.map(({ id, name, type, queueId, token, active }) => ({ id, name, type, queueId, token, active })) };
    },
  );
}
