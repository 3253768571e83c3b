import { formatCep, formatDocument, formatPhoneBR, type Person, type PersonAddress, type PersonSummary } from '@atende/shared';
import type { AddressRow, PersonDetails, PersonRow } from './persons.repository.js';

const toAddress = (a: AddressRow): PersonAddress => ({
  kind: a.kind,
  cep: a.cep ? formatCep(a.cep) : null,
  logradouro: a.logradouro,
  numero: a.numero,
  complemento: a.complemento,
  bairro: a.bairro,
  cidade: a.cidade,
  uf: a.uf as PersonAddress['uf'],
});

export const toPerson = ({ row, emails, phones, addresses }: PersonDetails): Person => ({
  id: row.id,
  type: row.type,
  name: row.name,
  document: row.document ? formatDocument(row.document) : null,
  emails,
  phones: phones.map((e164) => ({ e164, formatted: formatPhoneBR(e164) })),
  addresses: addresses.map(toAddress),
  custom: row.custom,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toPersonSummary = (row: PersonRow, email: string | undefined, phone: string | undefined): PersonSummary => ({
  id: row.id,
  type: row.type,
  name: row.name,
  document: row.document ? formatDocument(row.document) : null,
  email: email ?? null,
  phone: phone ? formatPhoneBR(phone) : null,
});
