import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvLine, CSV_BOM } from './csv.js';
import { createXlsxWriter } from './xlsx-writer.js';

// SPEC PAN-10: the exported workbook is a valid ZIP whose sheet holds the rows; Python's zipfile
// (CRC-checked) and ElementTree read it back, independently of our writer.
async function xlsx(header: string[], rows: (string | number | null)[][], batches = 1) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const w = await createXlsxWriter(out, 'open.today', header);
  const size = Math.ceil(rows.length / batches);
  for (let i = 0; i < rows.length; i += size) await w.rows(rows.slice(i, i + size));
  await w.end();
  out.end();
  await ended;
  return Buffer.concat(chunks);
}

const READER = `
import sys, zipfile, json, xml.etree.ElementTree as ET
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
ET.fromstring(z.read('[Content_Types].xml')); ET.fromstring(z.read('xl/workbook.xml'))
rows = []
for r in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter('{%s}row' % ns['m']):
    cells = []
    for c in r.findall('m:c', ns):
        t = c.find('m:is/m:t', ns)
        cells.append(t.text if t is not None else float(c.find('m:v', ns).text))
    rows.append(cells)
print(json.dumps({'names': sorted(z.namelist()), 'rows': rows}))
`;

function readBack(buf: Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-'));
  const file = path.join(dir, 'x.xlsx');
  writeFileSync(file, buf);
  const res = spawnSync('python3', ['-c', READER, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(res.stderr);
  return JSON.parse(res.stdout) as { names: string[]; rows: (string | number)[][] };
}

describe('streamed XLSX', () => {
  it('is a valid workbook whose sheet has the header and every row, escaped', async () => {
    const rows = [
      [1, 'Ana <Silva> & "Cia"', 'São Paulo'],
      [2, 'Linha\nquebrada', null],
      [3.5, 'x\u0001y', 'Fim'],
    ];
    const book = readBack(await xlsx(['Código', 'Nome', 'Cidade'], rows));
    expect(book.names).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(book.rows).toEqual([
      ['Código', 'Nome', 'Cidade'],
      [1, 'Ana <Silva> & "Cia"', 'São Paulo'],
      [2, 'Linha\nquebrada'],
      [3.5, 'xy', 'Fim'],
    ]);
  });

  it('streams many batches (compressed entries larger than one deflate chunk)', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [i, `Cliente ${i} ${'x'.repeat(i % 50)}`, i % 7 === 0 ? null : 'Campinas']);
    const book = readBack(await xlsx(['a', 'b', 'c'], rows, 20));
    expect(book.rows).toHaveLength(20_001);
    expect(book.rows[12_345]).toEqual([12_344, `Cliente 12344 ${'x'.repeat(12_344 % 50)}`, 'Campinas']);
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
