import {
  errorBodySchema,
  panelFormColumnsResponse,
  panelGridQuery,
  panelPageResponse,
  panelTabs,
  panelViewParams,
  panelViewsResponse,
} from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { principalOf } from '../../../platform/auth/index.js';
import { loadFormColumns } from '../query/form-columns.js';
import { columnsOf, gridPage, prepareGrid } from '../query/grid.query.js';

// SPEC PAN-07, PAN-08: the registry and one grid page per view (the advanced search is the view
// search/advanced, with `kind`, `value`, `from`, `to`).
// Supervisors and admins only (the panel is theirs; agents work from their console).
export async function gridRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;
  const tags = ['panels'];
  const config = { role: 'supervisor' as const };
  const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

  r.get(
    '/api/panels/views',
    { config, schema: { tags, summary: 'Tabs, views, columns and tools of "Painel de Atendimento"', response: { 200: panelViewsResponse } } },
    async () => ({
      tabs: panelTabs,
    }),
  );

  // SPEC ATT-12: "Informações Personalizadas" fields the column chooser and "Busca avançada" offer.
  r.get(
    '/api/panels/form-columns',
    { config, schema: { tags, summary: 'Form field columns the caller may add to attendance grids', response: { 200: panelFormColumnsResponse } } },
    async (req) => {
      const p = principalOf(req);
      const forms = await platform.tenant.asUser(p, (s) => loadFormColumns(s, p.role));
      return { columns: [...forms.values()].map(({ formId: _f, fieldKey: _k, ...def }) => def) };
    },
  );

  r.get(
    '/api/panels/:tab/:view',
    {
      config,
      schema: {
        tags,
        summary: 'One page of a panel view',
        params: panelViewParams,
        querystring: panelGridQuery,
        response: { 200: panelPageResponse, ...errors },
      },
    },
    async (req) => {
      const p = principalOf(req);
      return platform.tenant.asUser(p, async (s) => {
        const g = prepareGrid(p.organizationId, req.params.tab, req.params.view, req.query, new Date(), await loadFormColumns(s, p.role));
        return gridPage(s, g, req.query.page, req.query.pageSize, columnsOf(g.view, req.query.columns, g.forms));
      });
    },
  );
}
