import type { FormAnswers, Person, PersonSummary, PersonType, addressKinds } from '@atende/shared';
import type { Uf } from '@atende/shared/br/cep';
import { api } from '../../app/api';

export type AddressKind = (typeof addressKinds)[number];
export type PersonAddressInput = {
  kind: AddressKind;
  cep: string | null;
  logradouro: string | null;
  numero: string | null;
  complemento: string | null;
  bairro: string | null;
  cidade: string;
  uf: Uf;
};
export type PersonInput = {
  type: PersonType;
  name: string;
  document: string | null;
  emails: string[];
  phones: string[];
  addresses: PersonAddressInput[];
  custom: FormAnswers;
};

export const personKeys = {
  all: ['persons'] as const,
  search: (q: string) => ['persons', 'search', q] as const,
  one: (id: string) => ['persons', 'one', id] as const,
};

// SPEC PER-01: one box finds by name (partial, accent-insensitive), e-mail, CPF/CNPJ or phone.
export const searchPersons = (q: string, signal?: AbortSignal) => api.get<{ items: PersonSummary[] }>('/api/persons', { q, limit: 10 }, signal);
export const getPerson = (id: string, signal?: AbortSignal) => api.get<Person>(`/api/persons/${id}`, undefined, signal);
export const createPerson = (body: PersonInput) => api.post<Person>('/api/persons', body);
export const updatePerson = (id: string, body: PersonInput) => api.patch<Person>(`/api/persons/${id}`, body);
