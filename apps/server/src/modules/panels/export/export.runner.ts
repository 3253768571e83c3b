import type { BusinessCalendar, Locale } from '@atende/shared';
import { sql } from 'drizzle-orm';
import type { Writable } from 'node:stream';
import type { TenantRunner } from '../../../platform/db/tenant.js';
import { fromSql, mapRows, selectFor, type PreparedGrid } from '../query/grid.query.js';
import { rowsOf } from '../../../platform/db/rows.js';
import { exportLabels, type Cell } from './cells.js';
import { CSV_BOM, csvLine } from './csv.js';
import { createXlsxWriter } from './xlsx-writer.js';
import { writeOut } from './write-out.js';

// SPEC PAN-10 export: the grid's query (same filters and order) read through a server-side cursor
// BATCH rows at a time and written straight to the response, so memory stays flat for a million
// rows. The transaction stays open while the client reads (backpressure reaches the cursor).
export const EXPORT_BATCH = 1000;

export async function runExport(
  tenant: TenantRunner,
  user: { organizationId: string; userId: string },
  g: PreparedGrid,
  columns: readonly string[],
  format: 'csv' | 'xlsx',
  locale: Locale,
  out: Writable,
): Promise<void> {
  const labels = exportLabels(locale, g.forms);
  const header = columns.map(labels.header);
  const xlsx = format === 'xlsx' ? await createXlsxWriter(out, g.view.key, header) : null;
  if (!xlsx) await writeOut(out, CSV_BOM + csvLine(header));
  // Search-mode views export what the grid shows: nothing until searched.
  if (!g.view.searchMode || g.searched) {
    await tenant.asUser(user, async (s) => {
      const { fields, joins } = selectFor(g, columns);
      await s.tx.execute(
        sql`declare panel_export no scroll cursor for select ${fields} ${fromSql(g, [...joins, ...g.joins])} where ${g.where} order by ${g.order}`,
      );
      const calendars = new Map<string, BusinessCalendar>();
      for (;;) {
        const raws = rowsOf(await s.tx.execute(sql.raw(`fetch ${EXPORT_BATCH} from panel_export`)));
        if (!raws.length) break;
        const cells: Cell[][] = (await mapRows(s, g, raws, columns, calendars)).map((row) => columns.map((c) => labels.value(c, row)));
        if (xlsx) await xlsx.rows(cells);
        else await writeOut(out, cells.map(csvLine).join(''));
      }
      await s.tx.execute(sql.raw('close panel_export'));
    });
  }
  if (xlsx) await xlsx.end();
  else out.end();
}
