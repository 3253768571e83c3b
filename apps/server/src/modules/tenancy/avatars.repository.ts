import { eq } from 'drizzle-orm';
import { userAvatars } from '../../db/schema/tenancy.js';
import type { Scope } from '../../platform/db/tenant.js';

export const avatarsRepo = {
  async get(s: Scope, userId: string) {
    const [row] = await s.tx.select().from(userAvatars).where(eq(userAvatars.userId, userId));
    return row;
  },
  async put(s: Scope, userId: string, contentType: string, data: Buffer) {
    await s.tx
      .insert(userAvatars)
      .values({ userId, organizationId: s.organizationId, contentType, data })
      .onConflictDoUpdate({ target: userAvatars.userId, set: { contentType, data, updatedAt: new Date() } });
  },
  async remove(s: Scope, userId: string) {
    await s.tx.delete(userAvatars).where(eq(userAvatars.userId, userId));
  },
};
