import type { PersonLookupResult, PersonServiceView, personServiceMapping } from '@atende/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api';
import { emptyAddress, type PersonValues } from './person-form';

// SPEC PER-07 "Serviço externo de pessoas": the admin's settings and the form's lookup.
export type PersonServiceMapping = z.infer<typeof personServiceMapping>;
export type PersonServiceInput = {
  urlTemplate: string;
  headerName: string | null;
  headerValue?: string | null;
  timeoutMs: number;
  mapping: PersonServiceMapping[];
  active: boolean;
};
type LookupKey = { document?: string; phone?: string };
const serviceKey = ['persons', 'service'] as const;

export const lookupExternal = (key: LookupKey) => api.get<PersonLookupResult>('/api/persons/lookup-external', key);

export function usePersonService() {
  return useQuery({ queryKey: serviceKey, queryFn: ({ signal }) => api.get<PersonServiceView>('/api/person-service', undefined, signal) });
}
export function useSavePersonService() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonServiceInput) => api.put<PersonServiceView>('/api/person-service', body),
    onSuccess: (data) => qc.setQueryData(serviceKey, data),
  });
}
export const useTestPersonService = () =>
  useMutation({ mutationFn: (key: LookupKey) => api.post<PersonLookupResult>('/api/person-service/test', key) });

const ADDRESS_FIELDS = ['cep', 'logradouro', 'numero', 'complemento', 'bairro', 'cidade', 'uf'] as const;

/**
 * The service's values written over the form (SPEC PER-07: "the person form fills itself"): what it
 * did not send stays as typed; an e-mail or phone goes into the first empty box (or a new one).
 */
export function applyLookup(v: PersonValues, values: PersonLookupResult['values']): PersonValues {
  const text = (k: string) => (values[k] === undefined || values[k] === null ? undefined : String(values[k]));
  const intoList = (list: string[], value: string | undefined) => {
    if (!value || list.some((x) => x.trim() === value)) return list;
    const i = list.findIndex((x) => !x.trim());
    return i >= 0 ? list.map((x, j) => (j === i ? value : x)) : [...list, value];
  };
  const next: PersonValues = { ...v, custom: { ...v.custom } };
  if (text('name')) next.name = text('name')!;
  if (text('document')) next.document = text('document')!;
  next.emails = intoList(v.emails, text('email'));
  next.phones = intoList(v.phones, text('phone'));
  if (ADDRESS_FIELDS.some((f) => text(f))) {
    const first = v.addresses[0] ?? emptyAddress();
    const filled = { ...first };
    for (const f of ADDRESS_FIELDS) if (text(f)) (filled as Record<string, string>)[f] = f === 'uf' ? text(f)!.toUpperCase() : text(f)!;
    next.addresses = [filled, ...v.addresses.slice(1)];
  }
  for (const [k, value] of Object.entries(values)) if (k.startsWith('custom.')) next.custom[k.slice('custom.'.length)] = value;
  return next;
}
