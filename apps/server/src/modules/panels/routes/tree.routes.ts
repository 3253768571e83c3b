import { processTreeResponse } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../platform/auth/index.js';
import { processTreeQuery } from '../query/process-tree.query.js';

// SPEC PAN-07 "Processo x Subprocesso".
export async function treeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/panels/process-tree',
    {
      config: { role: 'supervisor' },
      schema: { tags: ['panels'], summary: 'Open attendances by process and subprocess', response: { 200: processTreeResponse } },
    },
    async (req) => app.platform.tenant.asUser(principalOf(req), (s) => processTreeQuery(s)),
  );
}
