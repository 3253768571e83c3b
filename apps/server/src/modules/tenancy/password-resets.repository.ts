import { and, eq, gt, isNull, lt, or, isNotNull } from 'drizzle-orm';
import { passwordResetTokens, users } from '../../db/schema/tenancy.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';

// "Esqueci minha senha" links: stored as the token's SHA-256. The link itself names no
// organization, so it is looked up in system scope, like a login.
export const passwordResetsRepo = {
  async insert(s: Scope, values: { tokenHash: string; userId: string; expiresAt: Date }) {
    await s.tx.insert(passwordResetTokens).values({ ...values, organizationId: s.organizationId });
  },
  /** The user behind a link that is unused and unexpired, or undefined. */
  async pending(s: SystemScope, tokenHash: string) {
    const [row] = await s.tx
      .select({ user: users })
      .from(passwordResetTokens)
      .innerJoin(users, eq(users.id, passwordResetTokens.userId))
      .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date())));
    return row?.user;
  },
  /** Marks the link used, once: of two concurrent uses only one gets true. Other links of the user end too. */
  async consume(s: SystemScope, tokenHash: string, userId: string): Promise<boolean> {
    const used = await s.tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date())))
      .returning({ userId: passwordResetTokens.userId });
    if (!used.length) return false;
    await s.tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
    return true;
  },
  /** Used or expired links go when a new one is asked for. */
  async purgeStale(s: SystemScope) {
    await s.tx.delete(passwordResetTokens).where(or(lt(passwordResetTokens.expiresAt, new Date()), isNotNull(passwordResetTokens.usedAt)));
  },
};
