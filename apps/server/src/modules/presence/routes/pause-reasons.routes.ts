import { pauseReasonSchema } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { presenceRepo } from '../presence.repository.js';

export async function pauseReasonsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/pause-reasons',
    { schema: { tags: ['presence'], summary: 'List pause reasons ("Motivos de pausa")', response: { 200: z.object({ items: z.array(pauseReasonSchema) }) } } },
    async (req) => {
      const p = principalOf(req);
      const rows = await app.platform.tenant.inTenant(p.organizationId, p.userId, (s) => presenceRepo.listPauseReasons(s));
      return { items: rows.map(({ id, name, active, productive }) => ({ id, name, active, productive })) };
    },
  );
}
