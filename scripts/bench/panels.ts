// SPEC PAN-07…PAN-11 figures: each panel view's first page, the pivot, the process tree and the
// wallboard against the organization "Grande" (1,000,000 attendances, 10,000,000 events) made by
// `npm run seed:large`. Calls the panels' query functions directly (what a request runs, minus
// HTTP), N runs each after one warm-up; p50/p95 in ms. Target: p95 < 200 ms.
import { panelTabs } from '@atende/shared';
import { sql } from 'drizzle-orm';
import { performance } from 'node:perf_hooks';
import { gridPage, prepareGrid } from '../../apps/server/src/modules/panels/query/grid.query.js';
import { processTreeQuery } from '../../apps/server/src/modules/panels/query/process-tree.query.js';
import { pivotQuery } from '../../apps/server/src/modules/panels/pivot/pivot.query.js';
import { wallboardQuery } from '../../apps/server/src/modules/panels/wallboard/wallboard.query.js';
import { openDatabase } from '../../apps/server/src/platform/db/client.js';
import { rowsOf } from '../../apps/server/src/platform/db/rows.js';
import { runMigrations } from '../../apps/server/src/platform/db/migrate.js';
import { createTenantRunner, type Scope } from '../../apps/server/src/platform/db/tenant.js';
import { log, percentile, round } from './stats.js';

/** The database `npm run seed:large` fills (scripts/seed-large.ts). */
export const LARGE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/atende_large';

export async function panelsBench(opts = { runs: Number(process.env.PANELS_BENCH_RUNS ?? 20) }) {
  let database;
  try {
    database = await openDatabase({ url: LARGE_URL, poolSize: 2 });
    await database.db.execute(sql`select 1`);
  } catch (err) {
    await database?.close().catch(() => {});
    return { name: 'panels-large', skipped: `${LARGE_URL.replace(/\/\/[^@/]*@/, '//…@')} does not answer (${String(err)}); run npm run seed:large` };
  }
  try {
    await runMigrations(database); // the panel indexes, if the seed predates them
    const org = rowsOf(
      await database.db.execute(sql`select o.id, (select count(*) from attendances a where a.organization_id = o.id)::int as n
      from organizations o where o.slug = 'grande'`),
    )[0] as { id: string; n: number } | undefined;
    if (!org) return { name: 'panels-large', skipped: 'organization Grande missing: run npm run seed:large' };
    const tenant = createTenantRunner(database);
    const measure = async (label: string, fn: (s: Scope) => Promise<unknown>) => {
      const samples: number[] = [];
      for (let i = 0; i <= opts.runs; i++) {
        const started = performance.now();
        await tenant.inTenant(org.id, null, fn);
        if (i > 0) samples.push(performance.now() - started); // run 0 warms the cache
      }
      const result = {
        view: label,
        p50Ms: round(percentile(samples, 50)),
        p95Ms: round(percentile(samples, 95)),
        maxMs: round(Math.max(...samples)),
      };
      log(`panels: ${label} p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms`);
      return result;
    };

    const results = [];
    for (const tab of panelTabs) {
      for (const view of tab.views.filter((v) => v.kind === 'grid')) {
        // Search-mode views measured after "listar todos" (their heaviest first page).
        const query = { listAll: '1' } as Record<string, unknown>;
        if (view.key === 'advanced') Object.assign(query, { kind: 'period', from: new Date(Date.now() - 30 * 86_400_000).toISOString() });
        results.push(await measure(`${tab.key}.${view.key}`, (s) => gridPage(s, prepareGrid(org.id, tab.key, view.key, query), 1, 50)));
      }
    }
    results.push(
      await measure('open.all filtered by name', (s) => gridPage(s, prepareGrid(org.id, 'open', 'all', { 'f.nameDocument': 'ana silva' }), 1, 50)),
    );
    results.push(
      await measure('open.all sorted by assignee', (s) =>
        gridPage(s, prepareGrid(org.id, 'open', 'all', { listAll: '1', sort: 'assigneeName' }), 1, 50),
      ),
    );
    results.push(await measure('open.process_tree', (s) => processTreeQuery(s)));
    results.push(
      await measure('pivot month × status (180 days)', (s) =>
        pivotQuery(s, { rows: ['month'], columns: ['status'], values: [{ field: 'count', agg: 'count' }] }),
      ),
    );
    results.push(
      await measure('pivot origin × assignee, avg hours (180 days)', (s) =>
        pivotQuery(s, { rows: ['contactOriginName'], columns: ['assigneeName'], values: [{ field: 'durationHours', agg: 'avg' }] }),
      ),
    );
    results.push(await measure('wallboard', (s) => wallboardQuery(s)));
    return {
      name: 'panels-large',
      description: 'First page (50 rows + capped total) of every panel view, pivots, process tree and wallboard on 1M attendances / 10M events.',
      unit: 'ms',
      runs: opts.runs,
      attendances: org.n,
      targetP95Ms: 200,
      overTarget: results.filter((r) => r.p95Ms >= 200).map((r) => r.view),
      results,
    };
  } finally {
    await database.close();
  }
}
