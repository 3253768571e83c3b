import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createPerson, getPerson, personKeys, searchPersons, updatePerson, type PersonInput } from '../api';

export const MIN_SEARCH = 2;

/** SPEC PER-01: searching starts at two characters; results stay while the next ones load. */
export function usePersonSearch(q: string) {
  return useQuery({
    queryKey: personKeys.search(q),
    queryFn: ({ signal }) => searchPersons(q, signal),
    select: (data) => data.items,
    enabled: q.length >= MIN_SEARCH,
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string | null) {
  return useQuery({
    queryKey: personKeys.one(id ?? ''),
    queryFn: ({ signal }) => getPerson(id!, signal),
    enabled: Boolean(id),
  });
}

/** SPEC PER-02: register (id null) or edit a person. */
export function useSavePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: PersonInput }) => (id ? updatePerson(id, body) : createPerson(body)),
    onSuccess: (person) => {
      queryClient.setQueryData(personKeys.one(person.id), person);
      void queryClient.invalidateQueries({ queryKey: personKeys.all });
    },
  });
}
