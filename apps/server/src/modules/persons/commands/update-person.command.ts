import type { Person, updatePersonBody } from '@atende/shared';
import type { z } from 'zod';
import type { Principal } from '../../../platform/auth/index.js';
import { AppError } from '../../../platform/errors.js';
import type { Platform } from '../../../platform/platform.js';
import { toPerson } from '../mappers.js';
import { assertPersonFields, storedAddresses, storedDocument, storedPhones } from '../person-input.js';
import { checkedCustomData } from '../person-custom.js';
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
      // PER-05: a new type or new values are checked against that type's fields.
      const custom =
        body.custom !== undefined || body.type !== undefined ? await checkedCustomData(s, type, body.custom ?? {}, current.custom) : undefined;
      await personsRepo.update(s, id, {
        ...(custom ? { custom } : {}),
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
