import { eq } from 'drizzle-orm';
import { personServiceSettings } from '../../db/schema/persons.js';
import type { Scope } from '../../platform/db/tenant.js';

export type PersonServiceRow = typeof personServiceSettings.$inferSelect;
type Values = Omit<PersonServiceRow, 'organizationId' | 'updatedAt'>;

// SPEC PER-07: one external person service per organization.
export const personServiceRepo = {
  async get(s: Scope) {
    const [row] = await s.tx.select().from(personServiceSettings).where(eq(personServiceSettings.organizationId, s.organizationId));
    return row;
  },
  async save(s: Scope, values: Values) {
    const [row] = await s.tx
      .insert(personServiceSettings)
      .values({ ...values, organizationId: s.organizationId })
      .onConflictDoUpdate({ target: personServiceSettings.organizationId, set: { ...values, updatedAt: new Date() } })
      .returning();
    return row!;
  },
};
