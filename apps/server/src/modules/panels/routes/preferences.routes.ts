import { errorBodySchema, findPanelView, gridPreferenceBody, gridPreferenceResponse } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import { gridPreferencesRepo, type GridSettings } from '../preferences/grid-preferences.repository.js';

// SPEC PAN-07: the column chooser (and the synthetic view's layout) remembered per user and grid.
const params = z.object({ grid: z.string().max(80) });

function checkGrid(grid: string) {
  const [tab = '', view = '', extra] = grid.split('.');
  if (extra !== undefined || !findPanelView(tab, view)) throw new AppError('PANEL_VIEW_NOT_FOUND');
}

const toBody = (grid: string, settings: GridSettings | undefined) => ({ grid, columns: settings?.columns ?? null, pivot: settings?.pivot ?? null });

export async function preferencesRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['panels'];
  const config = { role: 'supervisor' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

  r.get(
    '/api/panels/preferences/:grid',
    { config, schema: { tags, summary: 'My columns for a grid', params, response: { 200: gridPreferenceResponse, ...errors } } },
    async (req) => {
      checkGrid(req.params.grid);
      const p = principalOf(req);
      return toBody(req.params.grid, await platform.tenant.asUser(p, (s) => gridPreferencesRepo.get(s, p.userId, req.params.grid)));
    },
  );

  r.put(
    '/api/panels/preferences/:grid',
    {
      config,
      schema: { tags, summary: 'Save my columns for a grid', params, body: gridPreferenceBody, response: { 200: gridPreferenceResponse, ...errors } },
    },
    async (req) => {
      checkGrid(req.params.grid);
      const p = principalOf(req);
      const settings = {
        ...(req.body.columns ? { columns: req.body.columns } : {}),
        ...(req.body.pivot !== undefined ? { pivot: req.body.pivot } : {}),
      };
      return toBody(req.params.grid, await platform.tenant.asUser(p, (s) => gridPreferencesRepo.merge(s, p.userId, req.params.grid, settings)));
    },
  );
}
