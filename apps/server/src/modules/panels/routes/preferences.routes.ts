import { errorBodySchema, findPanelView, gridPreferenceBody, gridPreferenceResponse } from '@atende/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { gridPreferences } from '../../../db/schema/attendance-service.js';
import { principalOf } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';

// SPEC PAN-07: the column chooser (and the synthetic view's layout) remembered per user and grid.
const params = z.object({ grid: z.string().max(80) });

function checkGrid(grid: string) {
  const [tab = '', view = '', extra] = grid.split('.');
  if (extra !== undefined || !findPanelView(tab, view)) throw new AppError('PANEL_VIEW_NOT_FOUND');
}

export async function preferencesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['panels'];
  const config = { role: 'supervisor' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

  r.get('/api/panels/preferences/:grid', { config, schema: { tags, summary: 'My columns for a grid', params, response: { 200: gridPreferenceResponse, ...errors } } }, async (req) => {
    checkGrid(req.params.grid);
    const p = principalOf(req);
    const [row] = await platform.tenant.asUser(p, (s) =>
      s.tx.select().from(gridPreferences).where(and(eq(gridPreferences.userId, p.userId), eq(gridPreferences.grid, req.params.grid))),
    );
    return { grid: req.params.grid, columns: row?.settings.columns ?? null, pivot: row?.settings.pivot ?? null };
  });

  r.put(
    '/api/panels/preferences/:grid',
    { config, schema: { tags, summary: 'Save my columns for a grid', params, body: gridPreferenceBody, response: { 200: gridPreferenceResponse, ...errors } } },
    async (req) => {
      checkGrid(req.params.grid);
      const p = principalOf(req);
      const settings = { ...(req.body.columns ? { columns: req.body.columns } : {}), ...(req.body.pivot !== undefined ? { pivot: req.body.pivot } : {}) };
      const [row] = await platform.tenant.asUser(p, (s) =>
        s.tx
          .insert(gridPreferences)
          .values({ organizationId: p.organizationId, userId: p.userId, grid: req.params.grid, settings })
          .onConflictDoUpdate({ target: [gridPreferences.userId, gridPreferences.grid], set: { settings: sql`${gridPreferences.settings} || ${JSON.stringify(settings)}::jsonb`, updatedAt: new Date() } })
          .returning(),
      );
      return { grid: req.params.grid, columns: row!.settings.columns ?? null, pivot: row!.settings.pivot ?? null };
    },
  );
}
