import type { PersonField, PersonType } from '@atende/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';

// SPEC PER-05 "Dados personalizados": the admin's field definitions, read by every person form.
export type PersonFieldInput = Omit<PersonField, 'id'>;
type Items<T> = { items: T[] };

const fieldKeys = { all: ['persons', 'fields'] as const };

export const listPersonFields = (signal?: AbortSignal) => api.get<Items<PersonField>>('/api/person-fields', undefined, signal);
const createPersonField = (body: PersonFieldInput) => api.post<PersonField>('/api/person-fields', body);
const updatePersonField = (id: string, body: Partial<PersonFieldInput>) => api.patch<PersonField>(`/api/person-fields/${id}`, body);

export function usePersonFields() {
  return useQuery({ queryKey: fieldKeys.all, queryFn: ({ signal }) => listPersonFields(signal), select: (d) => d.items, staleTime: 60_000 });
}

/** The active fields the form shows for a person type, in order. */
export function useFieldsForType(type: PersonType) {
  const fields = usePersonFields();
  return (fields.data ?? []).filter((f) => f.active && f.personType === type).sort((a, b) => a.position - b.position);
}

export function useSavePersonField() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: PersonFieldInput }) => (id ? updatePersonField(id, body) : createPersonField(body)),
    onSuccess: () => qc.invalidateQueries({ queryKey: fieldKeys.all }),
  });
}
