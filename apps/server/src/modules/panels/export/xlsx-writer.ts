import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { Cell } from './cells.js';

// SPEC PAN-10: a streamed XLSX with one sheet and a bold, frozen header row, written by exceljs's
// streaming WorkbookWriter: each row is committed (serialised into the ZIP) as soon as it is added,
// so an export of any size holds about one batch in memory.

// Characters XML 1.0 forbids (control characters other than tab and line breaks) would make the
// workbook unreadable; they are dropped. An empty text is an empty cell, as in the grid.
const clean = (v: Cell): Cell => (typeof v === 'string' ? v.replace(/[^\t\n\r\u0020-\uFFFD]/g, '') || null : v);
// Excel's sheet names: at most 31 characters, none of \ / ? * [ ] :
const sheetNameOf = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1';

/** Resolves once `out` has room again (the archive is piped into it), or at once when it has. */
function drained(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new Error('export stream closed'));
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('export stream closed'));
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}

export async function createXlsxWriter(out: Writable, sheetName: string, header: readonly string[]) {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(sheetNameOf(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  const head = sheet.addRow([...header]);
  head.font = { bold: true };
  head.commit();
  return {
    async rows(batch: readonly (readonly Cell[])[]) {
      for (const cells of batch) sheet.addRow(cells.map(clean)).commit();
      // Backpressure: the next batch is read from the database only once the client took this one.
      await drained(out);
    },
    /** Finishes the workbook and ends `out`. */
    async end() {
      sheet.commit();
      await book.commit();
    },
  };
}
