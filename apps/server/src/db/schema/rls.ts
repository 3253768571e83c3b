import { sql } from 'drizzle-orm';
import { pgPolicy, pgRole } from 'drizzle-orm/pg-core';

// SPEC ORG-01: defence in depth. Tenant-scoped transactions run as this role (SET LOCAL ROLE),
// so PostgreSQL itself rejects rows of another organization even if a query forgets its filter.
// The role and app_current_org() are created by the first migration (cluster-wide, idempotent).
export const appRole = pgRole('atende_app').existing();

/** The standard policy of a tenant table: rows are visible and writable only for the current organization. */
export function tenantPolicy(table: string, column = 'organization_id') {
  const own = sql.raw(`${column} = app_current_org()`);
  return pgPolicy(`${table}_tenant_isolation`, { as: 'permissive', for: 'all', to: appRole, using: own, withCheck: own });
}
