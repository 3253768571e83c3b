import type { FastifyBaseLogger } from 'fastify';
import type { Tx } from '../db/client.js';
import type { TenantRunner } from '../db/tenant.js';
import { newBlobKey, type BlobKind } from './blob-key.js';
import type { BlobStorage } from './storage.js';

export type InlineBlob = { id: string; organizationId: string; contentType: string; data: Buffer };

/** A table whose rows once kept their bytes in a `bytea` column; its own repository reads and writes it. */
export type InlineBlobSource = {
  kind: BlobKind;
  /**
   * Locks up to `limit` rows that still hold bytes. `skipLocked`: pass over rows another instance
   * is moving; otherwise wait for them (and find them already moved once that instance commits).
   */
  claim(tx: Tx, limit: number, skipLocked: boolean): Promise<InlineBlob[]>;
  /** Records where the bytes went and clears them from the row. */
  moved(tx: Tx, id: string, key: string): Promise<void>;
};

// Rows up to 10 MB each: a small batch keeps a start-up's memory bounded.
const BATCH = 8;

/**
 * Start-up step (migration 0014): moves every row's bytes into blob storage, one committed batch
 * at a time. Idempotent (moved rows no longer match) and safe with several instances starting at
 * once: each skips rows another holds, then waits for those before declaring the table done, so
 * no instance turns ready while a row still has no blob. A batch that fails deletes its blobs.
 */
export async function moveInlineBlobs(
  deps: { tenant: TenantRunner; storage: BlobStorage; log?: FastifyBaseLogger },
  source: InlineBlobSource,
): Promise<number> {
  let total = 0;
  let skipLocked = true;
  for (;;) {
    const count = await deps.tenant.inSystem(async (s) => {
      const rows = await source.claim(s.tx, BATCH, skipLocked);
      for (const row of rows) {
        const key = newBlobKey(row.organizationId, source.kind);
        s.onRollback(() => deps.storage.delete(key));
        await deps.storage.put(key, row.data, { contentType: row.contentType });
        await source.moved(s.tx, row.id, key);
      }
      return rows.length;
    });
    total += count;
    if (count > 0) skipLocked = true;
    else if (skipLocked) skipLocked = false;
    else break;
  }
  if (total > 0) deps.log?.info({ kind: source.kind, moved: total }, 'moved stored files from the database to blob storage');
  return total;
}
