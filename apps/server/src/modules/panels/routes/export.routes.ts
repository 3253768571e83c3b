import { panelGridQuery, panelViewParams } from '@atende/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PassThrough } from 'node:stream';
import { principalOf } from '../../../platform/auth/index.js';
import { requireTool } from '../../service/index.js';
import { runExport } from '../export/export.runner.js';
import { loadFormColumns } from '../query/form-columns.js';
import { columnsOf, prepareGrid } from '../query/grid.query.js';

// SPEC PAN-10: "Exportar" a view as CSV or XLSX, streamed; tool grid.export (ORG-03). Columns:
// `columns=a,b,c` (the grid's visible ones), else the view's default-visible ones.
const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export async function exportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const platform = app.platform;

  r.get(
    '/api/panels/:tab/:view/export',
    {
      config: { role: 'supervisor' },
      preHandler: requireTool('grid.export'),
      schema: {
        tags: ['panels'],
        summary: 'Export a panel view (CSV for Brazilian Excel, or XLSX), streamed',
        params: panelViewParams,
        querystring: panelGridQuery,
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const forms = await platform.tenant.asUser(p, (s) => loadFormColumns(s, p.role));
      const g = prepareGrid(p.organizationId, req.params.tab, req.params.view, req.query, new Date(), forms);
      const format = req.query.format ?? 'csv';
      const columns = req.query.columns
        ? columnsOf(g.view, req.query.columns, forms)
        : g.view.columns.filter((c) => c.defaultVisible).map((c) => c.key);
      const out = new PassThrough();
      runExport(platform.tenant, p, g, columns, format, p.locale, out).catch((err) => {
        req.log.error({ err }, 'panel export failed');
        out.destroy(err as Error);
      });
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', CONTENT_TYPES[format])
        .header(
          'content-disposition',
          `attachment; filename="${g.view.key === 'advanced' ? 'busca' : `${req.params.tab}-${req.params.view}`}-${stamp}.${format}"`,
        )
        .header('cache-control', 'no-store')
        .send(out);
    },
  );
}
