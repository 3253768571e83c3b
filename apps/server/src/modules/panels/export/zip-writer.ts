import { crc32, createDeflateRaw } from 'node:zlib';
import type { Writable } from 'node:stream';
import { writeOut } from './write-out.js';

// A minimal streaming ZIP writer (PKWARE APPNOTE 4.3): deflated entries written with data
// descriptors (general purpose bit 3), so sizes and CRC follow the data and nothing is buffered.
// No ZIP64: an export beyond 4 GiB is out of scope. Used by the XLSX writer (no XLSX package is
// installed, and the export must stream — SPEC PAN-10).
type Entry = { name: Buffer; crc: number; compressed: number; size: number; offset: number };

const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1; // 2020-01-01: fixed, so output is reproducible
const FLAGS = 0x0008 | 0x0800; // data descriptor, UTF-8 names

export class ZipWriter {
  private offset = 0;
  private readonly entries: Entry[] = [];

  constructor(private readonly out: Writable) {}

  private async write(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    await writeOut(this.out, chunk);
  }

  /** Starts an entry; write its content with the returned writer, then `end()` it. */
  async begin(fileName: string) {
    const name = Buffer.from(fileName, 'utf8');
    const entry: Entry = { name, crc: 0, compressed: 0, size: 0, offset: this.offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(0, 10); // time
    header.writeUInt16LE(DOS_DATE, 12);
    // crc, sizes: 0 here, in the data descriptor
    header.writeUInt16LE(name.length, 26);
    await this.write(Buffer.concat([header, name]));

    const deflate = createDeflateRaw({ level: 6 });
    const pending: Promise<void>[] = [];
    deflate.on('data', (chunk: Buffer) => {
      entry.compressed += chunk.length;
      deflate.pause();
      const written = this.write(chunk).finally(() => deflate.resume());
      written.catch(() => {}); // surfaced by end(); never an unhandled rejection meanwhile
      pending.push(written);
    });
    const finished = new Promise<void>((resolve, reject) => (deflate.once('end', resolve), deflate.once('error', reject)));
    return {
      write: async (data: string | Buffer) => {
        const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        entry.crc = crc32(buf, entry.crc);
        entry.size += buf.length;
        if (!deflate.write(buf)) await new Promise<void>((resolve) => deflate.once('drain', resolve));
      },
      end: async () => {
        deflate.end();
        await finished;
        await Promise.all(pending);
        const descriptor = Buffer.alloc(16);
        descriptor.writeUInt32LE(0x08074b50, 0);
        descriptor.writeUInt32LE(entry.crc >>> 0, 4);
        descriptor.writeUInt32LE(entry.compressed, 8);
        descriptor.writeUInt32LE(entry.size, 12);
        await this.write(descriptor);
        this.entries.push(entry);
      },
    };
  }

  async file(fileName: string, content: string) {
    const w = await this.begin(fileName);
    await w.write(content);
    await w.end();
  }

  /** The central directory and its end record; the archive is complete after this. */
  async finish() {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4); // version made by
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(FLAGS, 8);
      h.writeUInt16LE(8, 10);
      h.writeUInt16LE(0, 12);
      h.writeUInt16LE(DOS_DATE, 14);
      h.writeUInt32LE(e.crc >>> 0, 16);
      h.writeUInt32LE(e.compressed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([h, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
  }
}
