import type { Cell } from './cells.js';

// SPEC PAN-10: CSV for Brazilian Excel — UTF-8 with a BOM, ';' between fields, CRLF, decimal
// comma, RFC 4180 quoting. Text starting with = + - @ is prefixed with ' so a spreadsheet never
// runs it as a formula (CSV injection).
export const CSV_BOM = '\uFEFF';

function field(v: Cell): string {
  if (v == null) return '';
  if (typeof v === 'number') return String(v).replace('.', ',');
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly Cell[]) => `${cells.map(field).join(';')}\r\n`;
