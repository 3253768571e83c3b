import path from 'node:path';
import type { Readable } from 'node:stream';
import { ConfigError, type Config } from '../config.js';
import { createFsStorage } from './fs-storage.js';
import { createS3Storage } from './s3-storage.js';

export { assertBlobKey, InvalidBlobKeyError, newBlobKey, type BlobKind } from './blob-key.js';

// ARCHITECTURE §3a Storage: attachments, avatars, media and recordings live outside the database,
// on disk under DATA_DIR (one instance) or in an S3-compatible bucket (several instances), and
// travel as streams both ways.

export type StoredBlob = { stream: Readable; size: number; contentType: string };

export type BlobStorage = {
  readonly driver: Config['storageDriver'];
  /** Writes the whole body under `key` (replacing what was there); a failed write leaves nothing behind. */
  put(key: string, body: Buffer | Readable, opts: { contentType: string }): Promise<{ size: number }>;
  /** The blob as a stream, or undefined when there is none under `key`. */
  get(key: string): Promise<StoredBlob | undefined>;
  /** Removes the blob; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
};

export function createBlobStorage(config: Pick<Config, 'storageDriver' | 's3' | 'dataDir'>): BlobStorage {
  if (config.storageDriver === 's3') {
    if (!config.s3?.bucket) throw new ConfigError('Invalid configuration:\n  S3_BUCKET: required when STORAGE_DRIVER=s3');
    return createS3Storage(config.s3);
  }
  return createFsStorage(path.resolve(config.dataDir, 'blobs'));
}
