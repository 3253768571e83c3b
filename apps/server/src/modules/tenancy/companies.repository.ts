import { asc, eq } from 'drizzle-orm';
import { companies } from '../../db/schema/tenancy.js';
import type { Scope } from '../../platform/db/tenant.js';

export const companiesRepo = {
  list: (s: Scope) => s.tx.select().from(companies).orderBy(asc(companies.name)),
  byId: async (s: Scope, id: string) => (await s.tx.select().from(companies).where(eq(companies.id, id)))[0],
  async insert(s: Scope, values: { name: string; document?: string | null }) {
    const [row] = await s.tx
      .insert(companies)
      .values({ ...values, organizationId: s.organizationId })
      .returning();
    return row!;
  },
};
