// Persons (ARCHITECTURE §3): the people an organization serves (SPEC PER-01…PER-03).
export { personsPlugin } from './persons.plugin.js';
export type { ContactData } from './commands/create-person-from-contact.command.js';

import type { PersonSummary } from '@atende/shared';
import type { Scope, SystemScope } from '../../platform/db/tenant.js';
import { AppError } from '../../platform/errors.js';
import type { Platform } from '../../platform/platform.js';
import { createPersonFromContactInTx, type ContactData } from './commands/create-person-from-contact.command.js';
import { identitiesRepo } from './identities.repository.js';
import { personsRepo } from './persons.repository.js';
import { personSummaryInTx } from './queries/persons.queries.js';

/** The persons' names by id, in one query; ids of no person of this organization are absent. */
export const personNamesByIds = (s: Scope, ids: string[]): Promise<Map<string, string>> => personsRepo.namesByIds(s, [...new Set(ids)]);

/** The person's CPF/CNPJ as stored (normalized), or null (SPEC PLT-05 checks it against what the customer typed). */
export const personDocument = async (s: SystemScope, id: string): Promise<string | null> => personsRepo.documentOf(s, id);
/** SPEC PER-06: persons of any organization with this normalized document or e-mail, with their e-mails (portal first access and login). */
export const portalCandidates = (s: SystemScope, key: { document?: string; email?: string }) => personsRepo.portalCandidates(s, key);
/** The person's e-mails in order (the first is the one mails go to). */
export const personEmails = async (s: Scope, id: string): Promise<string[]> => (await personsRepo.details(s, id))?.emails ?? [];
/** The person, or null when there is none with that id in this organization. */
export const getPersonSummary = (s: Scope, id: string): Promise<PersonSummary | null> => personSummaryInTx(s, id);

// SPEC PER-03: "the next contact from it finds the person". Channel types are the channels' own
// ('webchat', 'whatsapp', 'email'…); identities are compared exactly, e-mails lowercased.
const canonicalIdentity = (channelType: string, identity: string) => (channelType === 'email' ? identity.trim().toLowerCase() : identity.trim());

/** The person remembered for a channel identity (visitor token, e-mail, WhatsApp number…), or null. */
export async function findPersonByIdentity(s: Scope, channelType: string, identity: string): Promise<PersonSummary | null> {
  const personId = await identitiesRepo.personId(s, channelType, canonicalIdentity(channelType, identity));
  return personId ? personSummaryInTx(s, personId) : null;
}

/** Remembers that the identity belongs to the person (an identity already remembered moves to it). */
export async function rememberIdentity(s: Scope, personId: string, channelType: string, identity: string): Promise<void> {
  // Foreign keys ignore row-level security: check the person is this organization's first.
  if (!(await personsRepo.byId(s, personId))) throw new AppError('PERSON_NOT_FOUND');
  await identitiesRepo.remember(s, personId, channelType, canonicalIdentity(channelType, identity));
}

/** Forgets that the identity belongs to the person; a link since moved to someone else is kept. */
export async function forgetIdentity(s: Scope, personId: string, channelType: string, identity: string): Promise<void> {
  await identitiesRepo.forget(s, personId, channelType, canonicalIdentity(channelType, identity));
}

/**
 * Finds the person a contact's data points to (document, then e-mail, then phone) or registers
 * one (emitting `person.created`); invalid values are ignored. Seed 1.2, SPEC PER-03.
 */
export const createPersonFromContact = (platform: Platform, s: Scope, contact: ContactData) => createPersonFromContactInTx(platform, s, contact);

import { normalizeDocument, normalizePhone } from '@atende/shared';
/**
 * SPEC PER-01, VOX-07: the person an incoming call belongs to — by the caller's number, then by any
 * field the IVR (URA) passed: a CPF/CNPJ, an e-mail or another phone. Null when nothing matches.
 */
export async function findPersonForCall(s: Scope, number: string, ivr: Record<string, string>): Promise<{ id: string; name: string } | null> {
  const ids: (string | undefined)[] = [];
  const phone = number && normalizePhone(number);
  if (phone) ids.push(await personsRepo.idByPhone(s, phone));
  for (const value of Object.values(ivr)) {
    if (ids.some(Boolean)) break;
    const text = value.trim();
    if (!text) continue;
    if (text.includes('@')) ids.push(await personsRepo.idByEmail(s, text.toLowerCase()));
    const document = normalizeDocument(text);
    if (/^\d{11}$/.test(document) || /^[0-9A-Z]{12}\d{2}$/.test(document)) ids.push(await personsRepo.idByDocument(s, document));
    const other = /^[\d\s().+-]{8,}$/.test(text) ? normalizePhone(text) : null;
    if (other) ids.push(await personsRepo.idByPhone(s, other));
  }
  const id = ids.find(Boolean);
  if (!id) return null;
  const name = (await personsRepo.namesByIds(s, [id])).get(id);
  return name ? { id, name } : null;
}
