import type { Person, personBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import type { Scope } from '../../../platform/db/tenant.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { toPerson } from '../mappers.js';
import { assertPersonFields, storedAddresses, storedDocument, storedPhones } from '../person-input.js';
import { checkedCustomData } from '../person-custom.js';
import { mapPersonConstraint } from '../person-errors.js';
import { personsRepo, type NewAddress, type PersonFields } from '../persons.repository.js';

export type NewPerson = PersonFields & { emails: string[]; phones: string[]; addresses: NewAddress[] };

/** Inserts a person with its contacts and emits `person.created`; undefined when the document is taken. */
export async function insertPersonInTx(platform: Platform, s: Scope, input: NewPerson) {
  const row = await personsRepo.insert(s, { type: input.type, name: input.name, document: input.document, custom: input.custom ?? {} });
  if (!row) return undefined;
  await personsRepo.setEmails(s, row.id, input.emails);
  await personsRepo.setPhones(s, row.id, input.phones);
  await personsRepo.setAddresses(s, row.id, input.addresses);
  await platform.events.emit(s, 'person.created', { personId: row.id, type: row.type });
  return row;
}

// SPEC PER-02: "Cadastrar nova pessoa" ("+"), by any staff member.
export async function createPersonCommand(platform: Platform, p: Principal, body: z.infer<typeof personBody>): Promise<Person> {
  assertPersonFields(body);
  const input: NewPerson = {
    type: body.type,
    name: body.name,
    document: storedDocument(body.document),
    emails: body.emails,
    phones: storedPhones(body.phones),
    addresses: storedAddresses(body.addresses),
  };
  return platform.tenant
    .inTenant(p.organizationId, p.userId, async (s) => {
      const custom = await checkedCustomData(s, body.type, body.custom);
      const row = await insertPersonInTx(platform, s, { ...input, custom });
      if (!row) throw new AppError('PERSON_DOCUMENT_TAKEN');
      return toPerson((await personsRepo.details(s, row.id))!);
    })
    .catch(mapPersonConstraint);
}
