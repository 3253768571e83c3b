import type { Person, updatePersonBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { toPerson } from '../mappers.js';
import { assertPersonFields, storedAddresses, storedDocument, storedPhones } from '../person-input.js';
import { mapPersonConstraint } from '../person-errors.js';
import { personsRepo } from '../persons.repository.js';

// SPEC PER-02: editing a person; the lists given replace the stored ones.
export async function updatePersonCommand(platform: Platform, p: Principal, id: string, body: z.infer<typeof updatePersonBody>): Promise<Person> {
  return platform.tenant
    .inTenant(p.organizationId, p.userId, async (s) => {
      const current = await personsRepo.byId(s, id);
      if (!current) throw new AppError('PERSON_NOT_FOUND');
      const type = body.type ?? current.type;
      const document = body.document !== undefined ? storedDocument(body.document) : current.document;
      // A new type must fit the document already stored: report it on the field that was sent.
      assertPersonFields({ type, document, phones: body.phones }, body.document !== undefined ? 'body.document' : 'body.type');
      await personsRepo.update(s, id, {
        ...(body.type !== undefined ? { type } : {}),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.document !== undefined ? { document } : {}),
      });
      if (body.emails) await personsRepo.setEmails(s, id, body.emails);
      if (body.phones) await personsRepo.setPhones(s, id, storedPhones(body.phones));
      if (body.addresses) await personsRepo.setAddresses(s, id, storedAddresses(body.addresses));
      await platform.events.emit(s, 'person.updated', { personId: id });
      return toPerson((await personsRepo.details(s, id))!);
    })
    .catch(mapPersonConstraint);
}
