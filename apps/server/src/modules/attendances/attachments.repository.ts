import { eq, inArray, isNotNull } from 'drizzle-orm';
import { attachments } from '../../db/schema/attendances.js';
import type { Tx } from '../../platform/db/client.js';
import type { Scope } from '../../platform/db/tenant.js';
import type { InlineBlobSource } from '../../platform/storage/inline-blob-mover.js';
import type { AttachmentInfo } from './mappers.js';

// The file itself lives in blob storage under `storageKey` (ARCHITECTURE §3a); rows hold what it is.
const info = { id: attachments.id, fileName: attachments.fileName, contentType: attachments.contentType, size: attachments.size };

export const attachmentsRepo = {
  async insert(s: Scope, values: { attendanceId: string; fileName: string; contentType: string; size: number; storageKey: string }) {
    const [row] = await s.tx
      .insert(attachments)
      .values({ ...values, organizationId: s.organizationId })
      .returning(info);
    return row!;
  },
  async byId(s: Scope, id: string) {
    const [row] = await s.tx
      .select({ ...info, attendanceId: attachments.attendanceId, storageKey: attachments.storageKey })
      .from(attachments)
      .where(eq(attachments.id, id));
    return row;
  },
  async infoByIds(s: Scope, ids: string[]): Promise<Map<string, AttachmentInfo>> {
    if (!ids.length) return new Map();
    const rows = await s.tx.select(info).from(attachments).where(inArray(attachments.id, ids));
    return new Map(rows.map((r) => [r.id, r]));
  },
};

/** Migration 0014: rows from before blob storage, whose bytes the start-up mover takes out. */
export const inlineAttachments: InlineBlobSource = {
  kind: 'attachments',
  async claim(tx: Tx, limit, skipLocked) {
    const rows = await tx
      .select({ id: attachments.id, organizationId: attachments.organizationId, contentType: attachments.contentType, data: attachments.data })
      .from(attachments)
      .where(isNotNull(attachments.data))
      .limit(limit)
      .for('update', skipLocked ? { skipLocked: true } : {});
    return rows.map((r) => ({ ...r, data: Buffer.from(r.data!) }));
  },
  async moved(tx: Tx, id, key) {
    await tx.update(attachments).set({ storageKey: key, data: null }).where(eq(attachments.id, id));
  },
};
