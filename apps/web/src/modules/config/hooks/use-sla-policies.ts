import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { configKeys, createSlaPolicy, listSlaPolicies, updateSlaPolicy, type SlaPolicyInput } from '../api';

export function useSlaPolicies() {
  return useQuery({ queryKey: configKeys.slaPolicies, queryFn: ({ signal }) => listSlaPolicies(signal), select: (d) => d.items });
}

export function useSaveSlaPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: Partial<SlaPolicyInput> }) =>
      id === null ? createSlaPolicy(body as SlaPolicyInput) : updateSlaPolicy(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configKeys.slaPolicies }),
  });
}
