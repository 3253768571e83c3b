import { asc, eq } from 'drizzle-orm';
import { personFields } from '../../db/schema/persons.js';
import type { Scope } from '../../platform/db/tenant.js';

export type PersonFieldRow = typeof personFields.$inferSelect;
type Values = Partial<Omit<PersonFieldRow, 'id' | 'organizationId' | 'createdAt'>>;

// SPEC PER-05: the "Dados personalizados" definitions.
export const personFieldsRepo = {
  list: (s: Scope) => s.tx.select().from(personFields).orderBy(asc(personFields.personType), asc(personFields.position), asc(personFields.label)),
  /** Undefined when the type already has a field with that key. */
  async insert(s: Scope, values: Values & Pick<PersonFieldRow, 'personType' | 'key' | 'label' | 'type'>) {
    const [row] = await s.tx
      .insert(personFields)
      .values({ ...values, organizationId: s.organizationId })
      .onConflictDoNothing({ target: [personFields.organizationId, personFields.personType, personFields.key] })
      .returning();
    return row;
  },
  async update(s: Scope, id: string, values: Values) {
    const [row] = await s.tx.update(personFields).set(values).where(eq(personFields.id, id)).returning();
    return row;
  },
};
