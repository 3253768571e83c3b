import { describe, expect, it } from 'vitest';
import { countNewlines, fileNameOf } from './export-download';

describe('export download (PAN-10)', () => {
  it('reads the file name from Content-Disposition, filename* first', () => {
    expect(fileNameOf(`attachment; filename="abertos.csv"; filename*=UTF-8''abertos%20hoje.csv`, 'x')).toBe('abertos hoje.csv');
    expect(fileNameOf('attachment; filename="abertos.xlsx"', 'x')).toBe('abertos.xlsx');
    expect(fileNameOf(null, 'fallback.csv')).toBe('fallback.csv');
  });

  it('counts rows by line feeds', () => {
    expect(countNewlines(new TextEncoder().encode('a;b\n1;2\n3;4\n'))).toBe(3);
  });
});
