import { and, desc, eq, sql } from 'drizzle-orm';
import { personIdentities } from '../../db/schema/persons.js';
import type { Scope } from '../../platform/db/tenant.js';

// SPEC PER-03: channel identities remembered per organization.
export const identitiesRepo = {
  async personId(s: Scope, channelType: string, identity: string) {
    const [row] = await s.tx
      .select({ personId: personIdentities.personId })
      .from(personIdentities)
      .where(and(eq(personIdentities.channelType, channelType), eq(personIdentities.identity, identity)));
    return row?.personId;
  },
  /** The person's identities, newest first (SPEC PER-04 "Redes Sociais"). */
  ofPerson: (s: Scope, personId: string) =>
    s.tx.select().from(personIdentities).where(eq(personIdentities.personId, personId)).orderBy(desc(personIdentities.createdAt)).limit(200),
  /** Links the identity to the person; an identity already linked moves to this person. */
  async remember(s: Scope, personId: string, channelType: string, identity: string) {
    await s.tx
      .insert(personIdentities)
      .values({ organizationId: s.organizationId, channelType, identity, personId })
      .onConflictDoUpdate({
        target: [personIdentities.organizationId, personIdentities.channelType, personIdentities.identity],
        set: { personId, createdAt: sql`now()` },
      });
  },
  /** Unlinks the identity, only while it still points to that person (a later link stands). */
  async forget(s: Scope, personId: string, channelType: string, identity: string) {
    await s.tx
      .delete(personIdentities)
      .where(and(eq(personIdentities.channelType, channelType), eq(personIdentities.identity, identity), eq(personIdentities.personId, personId)));
  },
};
