import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { configKeys, createSlaReason, listSlaReasons, updateSlaReason, type SlaReasonType } from '../api';

export function useSlaReasons() {
  return useQuery({ queryKey: configKeys.slaReasons, queryFn: ({ signal }) => listSlaReasons(signal), select: (d) => d.items });
}

type Save = { id: null; body: { name: string; type: SlaReasonType } } | { id: string; body: { name?: string; active?: boolean } };

export function useSaveSlaReason() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: Save) => (save.id === null ? createSlaReason(save.body) : updateSlaReason(save.id, save.body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configKeys.slaReasons }),
  });
}
