import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertBlobKey } from './blob-key.js';
import type { BlobStorage } from './storage.js';

const missing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

/**
 * Blobs as files under `root` (DATA_DIR/blobs), for a single instance. `objects/<key>` holds the
 * bytes and `types/<key>` the content type; both are written to `tmp/` first and renamed into
 * place, so a reader never sees half a file and a failed write leaves nothing under the key.
 */
export function createFsStorage(root: string): BlobStorage {
  const objectPath = (key: string) => path.join(root, 'objects', key);
  const typePath = (key: string) => path.join(root, 'types', key);
  const tmpDir = path.join(root, 'tmp');

  async function place(tmp: string, target: string) {
    await mkdir(path.dirname(target), { recursive: true });
    await rename(tmp, target);
  }

  return {
    driver: 'fs',
    async put(key, body, { contentType }) {
      assertBlobKey(key);
      await mkdir(tmpDir, { recursive: true });
      const tmpObject = path.join(tmpDir, randomUUID());
      const tmpType = path.join(tmpDir, randomUUID());
      try {
        if (Buffer.isBuffer(body)) await writeFile(tmpObject, body, { flag: 'wx' });
        else await pipeline(body as Readable, createWriteStream(tmpObject, { flags: 'wx' }));
        const { size } = await stat(tmpObject);
        await writeFile(tmpType, contentType, { flag: 'wx' });
        await place(tmpType, typePath(key));
        await place(tmpObject, objectPath(key));
        return { size };
      } catch (error) {
        await Promise.all([rm(tmpObject, { force: true }), rm(tmpType, { force: true })]);
        throw error;
      }
    },
    async get(key) {
      assertBlobKey(key);
      const handle = await open(objectPath(key), 'r').catch((error: unknown) => {
        if (missing(error)) return undefined;
        throw error;
      });
      if (!handle) return undefined;
      try {
        const info = await handle.stat();
        if (!info.isFile()) {
          await handle.close();
          return undefined;
        }
        const contentType = await readFile(typePath(key), 'utf8').catch(() => 'application/octet-stream');
        return { stream: handle.createReadStream(), size: info.size, contentType };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },
    async delete(key) {
      assertBlobKey(key);
      await rm(objectPath(key), { force: true });
      await rm(typePath(key), { force: true });
    },
  };
}
