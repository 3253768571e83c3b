import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { ApiTokenScope } from '@atende/shared';
import { apiTokens } from '../../../db/schema/integrations.js';
import { organizations, users } from '../../../db/schema/tenancy.js';
import type { Scope, SystemScope } from '../../../platform/db/tenant.js';

export type ApiTokenRow = typeof apiTokens.$inferSelect & { createdByName: string | null };

// Last use is written at most once a minute per token (SPEC PLT-02): a busy integration does not
// turn every read into a write.
const LAST_USED_GRANULARITY_SECONDS = 60;

export const apiTokensRepo = {
  /** Tokens not revoked, newest first, with their creator's name. */
  async list(s: Scope): Promise<ApiTokenRow[]> {
    return s.tx
      .select({ t: apiTokens, createdByName: users.name })
      .from(apiTokens)
      .leftJoin(users, eq(users.id, apiTokens.createdBy))
      .where(isNull(apiTokens.revokedAt))
      .orderBy(desc(apiTokens.createdAt))
      .then((rows) => rows.map((r) => ({ ...r.t, createdByName: r.createdByName })));
  },
  async insert(
    s: Scope,
    values: { name: string; tokenHash: string; prefix: string; scopes: ApiTokenScope[]; createdBy: string; expiresAt: Date | null },
  ) {
    const [row] = await s.tx
      .insert(apiTokens)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
  /** Marks the token revoked; false when it is not one of this organization's live tokens. */
  async revoke(s: Scope, id: string): Promise<boolean> {
    const rows = await s.tx
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    return rows.length > 0;
  },
  /** The token by its hash, with the acting user and organization; any organization (authentication). */
  async byHash(s: SystemScope, tokenHash: string) {
    const [row] = await s.tx
      .select({ token: apiTokens, user: users, organizationName: organizations.name })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.createdBy))
      .innerJoin(organizations, eq(organizations.id, apiTokens.organizationId))
      .where(eq(apiTokens.tokenHash, tokenHash));
    return row;
  },
  async touch(s: SystemScope, id: string) {
    await s.tx
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(
        and(
          eq(apiTokens.id, id),
          or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - make_interval(secs => ${LAST_USED_GRANULARITY_SECONDS})`)),
        ),
      );
  },
  staleAfterMs: LAST_USED_GRANULARITY_SECONDS * 1000,
};
