import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalS3, type LocalS3 } from '../../../test/s3-server.js';
import { createFsStorage } from './fs-storage.js';
import { createS3Storage } from './s3-storage.js';
import { InvalidBlobKeyError, newBlobKey, type BlobStorage } from './storage.js';

// One contract for every driver (ARCHITECTURE §3a Storage): what goes in comes out whole, as a
// stream, and a key that could escape the storage root is refused.

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A stream in small chunks of unknown total length, as an upload arrives. */
function chunked(data: Buffer, size = 64 * 1024): Readable {
  let offset = 0;
  return new Readable({
    read() {
      this.push(offset < data.length ? data.subarray(offset, (offset += size)) : null);
    },
  });
}

const ORG = '0d6c3f0e-1f7a-4c55-9a39-3c3c6b0e8f11';

function contract(name: string, open: () => BlobStorage) {
  describe(name, () => {
    it('gives back a streamed blob of 6 MB (several upload parts) byte for byte, with its size and type', async () => {
      const storage = open();
      const data = randomBytes(6 * 1024 * 1024 + 12_345);
      const key = newBlobKey(ORG, 'attachments');
      expect(await storage.put(key, chunked(data), { contentType: 'application/pdf' })).toEqual({ size: data.length });
      const blob = await storage.get(key);
      expect(blob).toMatchObject({ size: data.length, contentType: 'application/pdf' });
      expect((await readAll(blob!.stream)).equals(data)).toBe(true);
    });

    it('stores a Buffer and replaces what was under the same key', async () => {
      const storage = open();
      const key = newBlobKey(ORG, 'avatars');
      await storage.put(key, Buffer.from('first'), { contentType: 'image/png' });
      await storage.put(key, Buffer.from('second one'), { contentType: 'image/webp' });
      const blob = await storage.get(key);
      expect(blob).toMatchObject({ size: 10, contentType: 'image/webp' });
      expect((await readAll(blob!.stream)).toString()).toBe('second one');
    });

    it('answers undefined for a key with nothing under it', async () => {
      expect(await open().get(newBlobKey(ORG, 'attachments'))).toBeUndefined();
    });

    it('deletes a blob, and deleting it again is harmless', async () => {
      const storage = open();
      const key = newBlobKey(ORG, 'media');
      await storage.put(key, Buffer.from('bye'), { contentType: 'text/plain' });
      await storage.delete(key);
      expect(await storage.get(key)).toBeUndefined();
      await expect(storage.delete(key)).resolves.toBeUndefined();
    });

    it('stores nothing when the source stream fails midway', async () => {
      const storage = open();
      const key = newBlobKey(ORG, 'attachments');
      const failing = new Readable({
        read() {
          this.push(randomBytes(1024));
          this.destroy(new Error('client went away'));
        },
      });
      await expect(storage.put(key, failing, { contentType: 'image/png' })).rejects.toThrow();
      expect(await storage.get(key)).toBeUndefined();
    });

    it.each(['../escape', `${ORG}/../../etc/passwd`, '/etc/passwd', `${ORG}//x`, '', `${ORG}/a\\b`, `${ORG}/./x`])(
      'refuses the key %j on every operation',
      async (key) => {
        const storage = open();
        await expect(storage.put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toBeInstanceOf(InvalidBlobKeyError);
        await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
        await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
      },
    );
  });
}

let dir: string;
let s3: LocalS3;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atende-blobs-'));
  s3 = await startLocalS3();
});

afterAll(async () => {
  await s3?.close();
  await rm(dir, { recursive: true, force: true });
});

contract('filesystem driver', () => createFsStorage(dir));
contract('S3 driver (s3rver)', () => createS3Storage(s3.config));

describe('filesystem driver on disk', () => {
  it('leaves no temporary file behind, whether a write succeeds or fails', async () => {
    const storage = createFsStorage(dir);
    await storage.put(newBlobKey(ORG, 'attachments'), chunked(randomBytes(300_000)), { contentType: 'image/png' });
    const broken = new Readable({
      read() {
        this.destroy(new Error('boom'));
      },
    });
    await expect(storage.put(newBlobKey(ORG, 'attachments'), broken, { contentType: 'image/png' })).rejects.toThrow();
    expect(await readdir(path.join(dir, 'tmp'))).toEqual([]);
  });
});
