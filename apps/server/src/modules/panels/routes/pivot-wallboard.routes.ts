import { errorBodySchema, pivotRequest, pivotResponse, wallboardResponse } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../platform/auth/index.js';
import { pivotQuery } from '../pivot/pivot.query.js';
import { wallboardQuery } from '../wallboard/wallboard.query.js';

// SPEC PAN-09 (synthetic view) and PAN-11 (wallboard; live updates in wallboard.live.ts).
export async function pivotWallboardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const config = { role: 'supervisor' as const };
  const tags = ['panels'];

  r.post(
    '/api/panels/pivot',
    {
      config,
      schema: {
        tags,
        summary: 'Pivot table over attendances (GROUP BY in the database)',
        body: pivotRequest,
        response: { 200: pivotResponse, 400: errorBodySchema, 403: errorBodySchema },
      },
    },
    async (req) => platform.tenant.asUser(principalOf(req), (s) => pivotQuery(s, req.body)),
  );

  r.get(
    '/api/panels/wallboard',
    { config, schema: { tags, summary: 'Real-time wallboard per queue', response: { 200: wallboardResponse } } },
    async (req) => platform.tenant.asUser(principalOf(req), (s) => wallboardQuery(s)),
  );
}
