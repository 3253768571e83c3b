import { Transform, type Readable } from 'node:stream';

// RFC 9110 §14: one byte range of a recording, so the player can seek (VOX-04).

export type ByteRange = { start: number; end: number };

/**
 * The range a `Range` header asks for within `size` bytes: undefined when there is no header (or a
 * multi-range one, answered whole), 'invalid' when it cannot be satisfied or is malformed (416).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | undefined | 'invalid' {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return header.includes(',') && header.trim().startsWith('bytes=') ? undefined : 'invalid';
  const [, a, b] = m;
  if (!a && !b) return 'invalid';
  if (!a) {
    const suffix = Number(b);
    if (suffix === 0 || size === 0) return 'invalid';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(a);
  const end = b ? Math.min(Number(b), size - 1) : size - 1;
  if (start >= size || (b && Number(b) < start)) return 'invalid';
  return { start, end };
}

/** The bytes [start, end] of a stream that begins at byte 0. */
export function sliceStream(source: Readable, { start, end }: ByteRange): Readable {
  let offset = 0;
  const slicer = new Transform({
    transform(chunk: Buffer, _enc, done) {
      const from = Math.max(0, start - offset);
      const to = Math.min(chunk.length, end + 1 - offset);
      offset += chunk.length;
      if (to > from) this.push(chunk.subarray(from, to));
      if (offset > end) {
        this.push(null);
        source.unpipe(slicer);
        source.destroy();
      }
      done();
    },
  });
  source.on('error', (err) => slicer.destroy(err));
  return source.pipe(slicer);
}
