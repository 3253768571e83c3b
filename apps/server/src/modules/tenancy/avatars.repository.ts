import { eq, isNotNull } from 'drizzle-orm';
import { userAvatars } from '../../db/schema/tenancy.js';
import type { Tx } from '../../platform/db/client.js';
import type { Scope } from '../../platform/db/tenant.js';
import type { InlineBlobSource } from '../../platform/storage/inline-blob-mover.js';

// The photo itself lives in blob storage under `storageKey` (ARCHITECTURE §3a).
export const avatarsRepo = {
  async get(s: Scope, userId: string) {
    const [row] = await s.tx
      .select({ userId: userAvatars.userId, contentType: userAvatars.contentType, storageKey: userAvatars.storageKey })
      .from(userAvatars)
      .where(eq(userAvatars.userId, userId));
    return row;
  },
  async put(s: Scope, userId: string, contentType: string, storageKey: string) {
    await s.tx
      .insert(userAvatars)
      .values({ userId, organizationId: s.organizationId, contentType, storageKey })
      .onConflictDoUpdate({ target: userAvatars.userId, set: { contentType, storageKey, updatedAt: new Date() } });
  },
  async remove(s: Scope, userId: string) {
    await s.tx.delete(userAvatars).where(eq(userAvatars.userId, userId));
  },
};

/** Migration 0014: photos from before blob storage, whose bytes the start-up mover takes out. */
export const inlineAvatars: InlineBlobSource = {
  kind: 'avatars',
  async claim(tx: Tx, limit, skipLocked) {
    const rows = await tx
      .select({ id: userAvatars.userId, organizationId: userAvatars.organizationId, contentType: userAvatars.contentType, data: userAvatars.data })
      .from(userAvatars)
      .where(isNotNull(userAvatars.data))
      .limit(limit)
      .for('update', skipLocked ? { skipLocked: true } : {});
    return rows.map((r) => ({ ...r, data: Buffer.from(r.data!) }));
  },
  async moved(tx: Tx, id, key) {
    await tx.update(userAvatars).set({ storageKey: key, data: null }).where(eq(userAvatars.userId, id));
  },
};
