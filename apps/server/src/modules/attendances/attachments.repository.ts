import { eq, inArray } from 'drizzle-orm';
import { attachments } from '../../db/schema/attendances.js';
import type { Scope } from '../../platform/db/tenant.js';
import type { AttachmentInfo } from './mappers.js';

export const attachmentsRepo = {
  async insert(s: Scope, values: { attendanceId: string; fileName: string; contentType: string; data: Buffer }) {
    const [row] = await s.tx
      .insert(attachments)
      .values({ ...values, size: values.data.length, organizationId: s.organizationId })
      .returning({ id: attachments.id, fileName: attachments.fileName, contentType: attachments.contentType, size: attachments.size });
    return row!;
  },
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(attachments).where(eq(attachments.id, id));
    return row;
  },
  async infoByIds(s: Scope, ids: string[]): Promise<Map<string, AttachmentInfo>> {
    if (!ids.length) return new Map();
    const rows = await s.tx
      .select({ id: attachments.id, fileName: attachments.fileName, contentType: attachments.contentType, size: attachments.size })
      .from(attachments)
      .where(inArray(attachments.id, ids));
    return new Map(rows.map((r) => [r.id, r]));
  },
};
