import type { Person, PersonIdentity, PersonSummary } from '@atende/shared';
import type { Principal } from '../../../platform/auth/index.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { toPerson, toPersonSummary } from '../mappers.js';
import { identitiesRepo } from '../identities.repository.js';
import { personsRepo, type PersonRow } from '../persons.repository.js';
import { personSearchTerms } from '../search-terms.js';

async function summaries(s: Scope, rows: PersonRow[]): Promise<PersonSummary[]> {
  const ids = rows.map((r) => r.id);
  const [emails, phones] = [await personsRepo.emailsOf(s, ids), await personsRepo.phonesOf(s, ids)];
  return rows.map((r) => toPersonSummary(r, emails.get(r.id)?.[0], phones.get(r.id)?.[0]));
}

export async function personSummaryInTx(s: Scope, id: string): Promise<PersonSummary | null> {
  const row = await personsRepo.byId(s, id);
  return row ? (await summaries(s, [row]))[0]! : null;
}

// SPEC PER-01: "Pesquisar pessoas" by name, e-mail, CPF/CNPJ or phone.
export function searchPersonsQuery(platform: Platform, p: Principal, q: string | undefined, limit: number): Promise<PersonSummary[]> {
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => summaries(s, await personsRepo.search(s, personSearchTerms(q), limit)));
}

export function getPersonQuery(platform: Platform, p: Principal, id: string): Promise<Person> {
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    const details = await personsRepo.details(s, id);
    if (!details) throw new AppError('PERSON_NOT_FOUND');
    return toPerson(details);
  });
}

// SPEC PER-04 "Histórico → Redes Sociais": the channel identities remembered for the person (PER-03).
export function personIdentitiesQuery(platform: Platform, p: Principal, id: string): Promise<{ items: PersonIdentity[] }> {
  return platform.tenant.inTenant(p.organizationId, p.userId, async (s) => {
    if (!(await personsRepo.byId(s, id))) throw new AppError('PERSON_NOT_FOUND');
    const rows = await identitiesRepo.ofPerson(s, id);
    return { items: rows.map((r) => ({ channelType: r.channelType, identity: r.identity, since: r.createdAt.toISOString() })) };
  });
}
