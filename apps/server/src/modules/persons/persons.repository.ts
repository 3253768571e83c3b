import { foldText, phoneMatchKeys } from '@atende/shared';
import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { personAddresses, personEmails, personPhones, persons } from '../../db/schema/persons.js';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';

export type PersonRow = typeof persons.$inferSelect;
export type AddressRow = typeof personAddresses.$inferSelect;
export type NewAddress = Omit<typeof personAddresses.$inferInsert, 'organizationId' | 'personId' | 'position' | 'id'>;
export type PersonFields = { type: PersonRow['type']; name: string; document: string | null; custom?: PersonRow['custom'] };
export type PersonDetails = { row: PersonRow; emails: string[]; phones: string[]; addresses: AddressRow[] };

/** What the search box asks for (see search-terms.ts); the conditions are OR'ed. */
export type PersonSearch = { documents?: string[]; documentPrefix?: string; phoneKeys?: string[]; emailPrefix?: string; name?: string };

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export const personsRepo = {
  /** Undefined when another person of the organization has the document (no aborted transaction). */
  async insert(s: Scope, values: PersonFields): Promise<PersonRow | undefined> {
    const [row] = await s.tx
      .insert(persons)
      .values({ ...values, searchName: foldText(values.name), organizationId: s.organizationId, createdBy: s.actorId })
      .onConflictDoNothing({ target: [persons.organizationId, persons.document], where: sql`document is not null` })
      .returning();
    return row;
  },
  async update(s: Scope, id: string, values: Partial<PersonFields>) {
    const set = { ...values, ...(values.name !== undefined ? { searchName: foldText(values.name) } : {}), updatedAt: sql`now()` };
    const [row] = await s.tx.update(persons).set(set).where(eq(persons.id, id)).returning();
    return row;
  },
  async byId(s: Scope, id: string) {
    const [row] = await s.tx.select().from(persons).where(eq(persons.id, id));
    return row;
  },
  /** In the system scope (SPEC PLT-05): the person's normalized document, or null. */
  async documentOf(s: SystemScope, id: string) {
    const [row] = await s.tx.select({ document: persons.document }).from(persons).where(eq(persons.id, id));
    return row?.document ?? null;
  },
  /** Names of many persons in one query (attendance lists, SPEC ATT-09). */
  async namesByIds(s: Scope, ids: string[]) {
    if (!ids.length) return new Map<string, string>();
    const rows = await s.tx.select({ id: persons.id, name: persons.name }).from(persons).where(inArray(persons.id, ids));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
  async details(s: Scope, id: string): Promise<PersonDetails | undefined> {
    const row = await personsRepo.byId(s, id);
    if (!row) return undefined;
    const emails = await s.tx.select().from(personEmails).where(eq(personEmails.personId, id)).orderBy(asc(personEmails.position));
    const addresses = await s.tx.select().from(personAddresses).where(eq(personAddresses.personId, id)).orderBy(asc(personAddresses.position));
    return { row, emails: emails.map((e) => e.email), phones: await personsRepo.phonesOf(s, [id]).then((m) => m.get(id) ?? []), addresses };
  },
  /** Each person's phones as registered, in order (the rows whose key is the number itself). */
  async phonesOf(s: Scope, ids: string[]) {
    const map = new Map<string, string[]>();
    if (!ids.length) return map;
    const rows = await s.tx
      .select({ personId: personPhones.personId, e164: personPhones.e164 })
      .from(personPhones)
      .where(and(inArray(personPhones.personId, ids), eq(personPhones.matchKey, personPhones.e164)))
      .orderBy(asc(personPhones.position));
    for (const r of rows) map.set(r.personId, [...(map.get(r.personId) ?? []), r.e164]);
    return map;
  },
  async emailsOf(s: Scope, ids: string[]) {
    const map = new Map<string, string[]>();
    if (!ids.length) return map;
    const rows = await s.tx.select().from(personEmails).where(inArray(personEmails.personId, ids)).orderBy(asc(personEmails.position));
    for (const r of rows) map.set(r.personId, [...(map.get(r.personId) ?? []), r.email]);
    return map;
  },
  async setEmails(s: Scope, personId: string, emails: string[]) {
    await s.tx.delete(personEmails).where(eq(personEmails.personId, personId));
    const unique = [...new Set(emails)];
    if (!unique.length) return;
    await s.tx.insert(personEmails).values(unique.map((email, position) => ({ organizationId: s.organizationId, personId, email, position })));
  },
  /** Stores each E.164 number under every match key (SPEC PER-01: with or without the 9th digit). */
  async setPhones(s: Scope, personId: string, e164s: string[]) {
    await s.tx.delete(personPhones).where(eq(personPhones.personId, personId));
    const rows = [...new Set(e164s)].flatMap((e164, position) =>
      phoneMatchKeys(e164).map((matchKey) => ({ organizationId: s.organizationId, personId, e164, matchKey, position })),
    );
    if (rows.length) await s.tx.insert(personPhones).values(rows);
  },
  async setAddresses(s: Scope, personId: string, addresses: NewAddress[]) {
    await s.tx.delete(personAddresses).where(eq(personAddresses.personId, personId));
    if (!addresses.length) return;
    await s.tx.insert(personAddresses).values(addresses.map((a, position) => ({ ...a, organizationId: s.organizationId, personId, position })));
  },
  /** Newest-updated first; no condition at all lists the most recently updated persons. */
  async search(s: Scope, terms: PersonSearch, limit: number) {
    const any: SQL[] = [];
    if (terms.documents?.length) any.push(inArray(persons.document, terms.documents));
    if (terms.documentPrefix) any.push(like(persons.document, `${escapeLike(terms.documentPrefix)}%`));
    if (terms.phoneKeys?.length) {
      const byPhone = s.tx.select({ id: personPhones.personId }).from(personPhones).where(inArray(personPhones.matchKey, terms.phoneKeys));
      any.push(inArray(persons.id, byPhone));
    }
    if (terms.emailPrefix) {
      const byEmail = s.tx
        .select({ id: personEmails.personId })
        .from(personEmails)
        .where(like(personEmails.email, `${escapeLike(terms.emailPrefix)}%`));
      any.push(inArray(persons.id, byEmail));
    }
    if (terms.name) any.push(like(persons.searchName, `%${escapeLike(terms.name)}%`));
    const empty = Object.values(terms).every((v) => v === undefined);
    if (!empty && !any.length) return [];
    return s.tx
      .select()
      .from(persons)
      .where(empty ? undefined : or(...any))
      .orderBy(desc(persons.updatedAt), desc(persons.id))
      .limit(limit);
  },
  /**
   * SPEC PER-06: the customer portal knows no organization before login: every person with this
   * document or e-mail, in any organization, with their e-mails (system scope).
   */
  async portalCandidates(s: SystemScope, key: { document?: string; email?: string }) {
    const ids = key.document
      ? await s.tx.select({ id: persons.id }).from(persons).where(eq(persons.document, key.document)).limit(20)
      : await s.tx
          .select({ id: personEmails.personId })
          .from(personEmails)
          .where(eq(personEmails.email, key.email ?? ''))
          .limit(20);
    if (!ids.length) return [];
    const rows = await s.tx
      .select({ id: persons.id, organizationId: persons.organizationId, name: persons.name, email: personEmails.email })
      .from(persons)
      .leftJoin(personEmails, eq(personEmails.personId, persons.id))
      .where(
        inArray(
          persons.id,
          ids.map((r) => r.id),
        ),
      )
      .orderBy(asc(personEmails.position));
    const byId = new Map<string, { id: string; organizationId: string; name: string; emails: string[] }>();
    for (const r of rows) {
      const p = byId.get(r.id) ?? { id: r.id, organizationId: r.organizationId, name: r.name, emails: [] };
      if (r.email) p.emails.push(r.email);
      byId.set(r.id, p);
    }
    return [...byId.values()];
  },
  async idByDocument(s: Scope, document: string) {
    const [row] = await s.tx.select({ id: persons.id }).from(persons).where(eq(persons.document, document));
    return row?.id;
  },
  async idByEmail(s: Scope, email: string) {
    const [row] = await s.tx
      .select({ id: persons.id })
      .from(personEmails)
      .innerJoin(persons, eq(persons.id, personEmails.personId))
      .where(eq(personEmails.email, email))
      .orderBy(desc(persons.updatedAt))
      .limit(1);
    return row?.id;
  },
  async idByPhone(s: Scope, e164: string) {
    const [row] = await s.tx
      .select({ id: persons.id })
      .from(personPhones)
      .innerJoin(persons, eq(persons.id, personPhones.personId))
      .where(inArray(personPhones.matchKey, phoneMatchKeys(e164)))
      .orderBy(desc(persons.updatedAt))
      .limit(1);
    return row?.id;
  },
};
