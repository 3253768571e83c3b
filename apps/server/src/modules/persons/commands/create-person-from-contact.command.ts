import { emailText, isValidCnpj, isValidCpf, nameText, normalizeDocument, normalizePhone, type PersonSummary } from '@atende/shared';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { personsRepo } from '../persons.repository.js';
import { personSummaryInTx } from '../queries/persons.queries.js';
import { insertPersonInTx } from './create-person.command.js';

export type ContactData = { name?: string | null; email?: string | null; phone?: string | null; document?: string | null };

/** What a visitor typed, keeping only what is valid: a contact is never refused for a typo. */
function cleanContact(c: ContactData) {
  const document = c.document ? normalizeDocument(c.document) : '';
  const email = c.email ? emailText.safeParse(c.email) : undefined;
  const name = nameText(200).safeParse(c.name ?? '');
  return {
    document: isValidCpf(document) || isValidCnpj(document) ? document : null,
    email: email?.success ? email.data : null,
    phone: c.phone ? normalizePhone(c.phone) : null,
    name: name.success ? name.data : null,
  };
}

/**
 * SPEC PER-03, seed 1.2: a contact's data (web-chat form, channel profile) finds the person by
 * document, then e-mail, then phone; otherwise a new person is registered with it. An existing
 * person is not changed: an anonymous visitor must not be able to edit someone's record.
 */
export async function createPersonFromContactInTx(
  platform: Platform,
  s: Scope,
  contact: ContactData,
): Promise<{ person: PersonSummary; created: boolean }> {
  const c = cleanContact(contact);
  if (!c.name && !c.document && !c.email && !c.phone) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'contact', rule: 'required' }] });
  }
  const found = async () =>
    (c.document ? await personsRepo.idByDocument(s, c.document) : undefined) ??
    (c.email ? await personsRepo.idByEmail(s, c.email) : undefined) ??
    (c.phone ? await personsRepo.idByPhone(s, c.phone) : undefined);
  const existing = await found();
  if (existing) return { person: (await personSummaryInTx(s, existing))!, created: false };
  const row = await insertPersonInTx(platform, s, {
    type: c.document?.length === 14 ? 'PJ' : 'PF',
    name: c.name ?? c.email ?? c.phone ?? c.document!,
    document: c.document,
    emails: c.email ? [c.email] : [],
    phones: c.phone ? [c.phone] : [],
    addresses: [],
  });
  // Another transaction registered the same document meanwhile: that person is the one.
  if (!row) return { person: (await personSummaryInTx(s, (await found())!))!, created: false };
  return { person: (await personSummaryInTx(s, row.id))!, created: true };
}
