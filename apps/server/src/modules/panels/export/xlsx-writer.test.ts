import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvLine, CSV_BOM } from './csv.js';
import { createXlsxWriter } from './xlsx-writer.js';

// SPEC PAN-10: the exported workbook opens in a spreadsheet reader (exceljs's own, non-streaming
// one) with the header and every row.
async function xlsx(header: string[], rows: (string | number | null)[][], batches = 1) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const w = await createXlsxWriter(out, 'open.today', header);
  const size = Math.ceil(rows.length / batches);
  for (let i = 0; i < rows.length; i += size) await w.rows(rows.slice(i, i + size));
  await w.end();
  await ended;
  return Buffer.concat(chunks);
}

async function readBack(buf: Buffer) {
  const book = new ExcelJS.Workbook();
  // exceljs's load() is typed for the older, non-generic Buffer.
  await book.xlsx.load(buf as unknown as Parameters<typeof book.xlsx.load>[0]);
  const sheet = book.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { sheet, rows };
}

describe('streamed XLSX', () => {
  it('is a workbook whose sheet has the bold, frozen header and every row, as text or numbers', async () => {
    const rows = [
      [1, 'Ana <Silva> & "Cia"', 'São Paulo'],
      [2, 'Linha\nquebrada', null],
      [3.5, 'x\u0001y', 'Fim'],
    ];
    const { sheet, rows: read } = await readBack(await xlsx(['Código', 'Nome', 'Cidade'], rows));
    expect(sheet.name).toBe('open.today');
    expect(read).toEqual([
      ['Código', 'Nome', 'Cidade'],
      [1, 'Ana <Silva> & "Cia"', 'São Paulo'],
      [2, 'Linha\nquebrada'],
      [3.5, 'xy', 'Fim'],
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('streams many batches into one sheet', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [i, `Cliente ${i} ${'x'.repeat(i % 50)}`, i % 7 === 0 ? null : 'Campinas']);
    const { rows: read } = await readBack(await xlsx(['a', 'b', 'c'], rows, 20));
    expect(read).toHaveLength(20_001);
    expect(read[12_345]).toEqual([12_344, `Cliente 12344 ${'x'.repeat(12_344 % 50)}`, 'Campinas']);
  });
});

describe('CSV for Brazilian Excel', () => {
  it("separates with ';', quotes what needs it, uses a decimal comma and defuses formulas", () => {
    expect(CSV_BOM).toBe('\uFEFF');
    expect(csvLine([1, 'a;b', 'diz "oi"', null, -2.5, '=HYPERLINK("x")', 'linha\nnova'])).toBe(
      `1;"a;b";"diz ""oi""";;-2,5;"'=HYPERLINK(""x"")";"linha\nnova"\r\n`,
    );
  });
});
