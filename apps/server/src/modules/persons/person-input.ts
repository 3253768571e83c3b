import { normalizeCep, normalizeDocument, normalizePhone, personFieldProblems, type personAddressBody, type PersonType } from '@atende/shared';
import type { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import type { NewAddress } from './persons.repository.js';

type AddressBody = z.infer<typeof personAddressBody>;

/** A document as stored: normalized, null when empty. */
export const storedDocument = (document: string | null | undefined): string | null => (document ? normalizeDocument(document) || null : null);

/** Refuses, field by field, what the schema cannot check alone (SPEC PER-02): 400 VALIDATION_FAILED. */
export function assertPersonFields(
  input: { type: PersonType; document?: string | null; phones?: readonly string[] },
  documentPath = 'body.document',
) {
  const problems = personFieldProblems(input);
  if (!problems.length) return;
  const fields = problems.map((p) => ({ path: p.path === 'document' ? documentPath : `body.${p.path}`, rule: p.rule }));
  throw new AppError('VALIDATION_FAILED', { fields });
}

/** E.164 numbers of already validated phones, in order. */
export const storedPhones = (phones: readonly string[]): string[] => phones.map((p) => normalizePhone(p)).filter((p): p is string => p !== null);

const orNull = (s: string | null | undefined) => (s ? s : null);

export const storedAddresses = (addresses: readonly AddressBody[]): NewAddress[] =>
  addresses.map((a) => ({
    kind: a.kind,
    cep: a.cep ? normalizeCep(a.cep) : null,
    logradouro: orNull(a.logradouro),
    numero: orNull(a.numero),
    complemento: orNull(a.complemento),
    bairro: orNull(a.bairro),
    cidade: a.cidade,
    uf: a.uf,
  }));
