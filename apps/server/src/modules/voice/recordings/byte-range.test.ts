import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseRange, sliceStream } from './byte-range.js';

describe('byte ranges of a recording (VOX-04 seek)', () => {
  it('reads start-end, open-ended and suffix ranges, clamped to the size', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=990-2000', 1000)).toEqual({ start: 990, end: 999 });
    expect(parseRange(undefined, 1000)).toBeUndefined();
  });

  it('refuses ranges beyond the end, reversed or malformed', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('invalid');
    expect(parseRange('bytes=50-10', 1000)).toBe('invalid');
    expect(parseRange('items=0-1', 1000)).toBe('invalid');
    expect(parseRange('bytes=-', 1000)).toBe('invalid');
  });

  it('slices a stream across chunk boundaries', async () => {
    const source = Readable.from([Buffer.from('0123'), Buffer.from('4567'), Buffer.from('89')]);
    const chunks: Buffer[] = [];
    for await (const c of sliceStream(source, { start: 3, end: 8 })) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('345678');
  });
});
