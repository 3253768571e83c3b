import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { configKeys, createContactOrigin, listContactOrigins, updateContactOrigin } from '../api';

export function useContactOrigins() {
  return useQuery({
    queryKey: configKeys.contactOrigins,
    queryFn: ({ signal }) => listContactOrigins(signal),
    select: (d) => d.items,
  });
}

export function useSaveContactOrigin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: { name?: string; active?: boolean } }) =>
      id === null ? createContactOrigin({ name: body.name ?? '' }) : updateContactOrigin(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configKeys.contactOrigins }),
  });
}
