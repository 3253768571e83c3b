import type { Role, ToolOverrides } from '@atende/shared';
import { sql } from 'drizzle-orm';
import { toolPermissions } from '../../../db/schema/service-config.js';
import type { Scope } from '../../../platform/db/tenant.js';

// SPEC ORG-03: rows override the per-role defaults of packages/shared tools.ts.
export const toolPermissionsRepo = {
  list: (s: Scope): Promise<ToolOverrides> =>
    s.tx.select({ role: toolPermissions.role, tool: toolPermissions.tool, allowed: toolPermissions.allowed }).from(toolPermissions),
  async upsert(s: Scope, rows: Array<{ role: Role; tool: string; allowed: boolean }>) {
    if (!rows.length) return;
    await s.tx
      .insert(toolPermissions)
      .values(rows.map((r) => ({ ...r, organizationId: s.organizationId })))
      .onConflictDoUpdate({
        target: [toolPermissions.organizationId, toolPermissions.role, toolPermissions.tool],
        set: { allowed: sql`excluded.allowed` },
      });
  },
};
