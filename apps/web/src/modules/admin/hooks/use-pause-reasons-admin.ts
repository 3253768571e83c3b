import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createPauseReason, listPauseReasonsAdmin, updatePauseReason, workspaceKeys, type PauseReasonInput } from '../workspace-api';

export function usePauseReasonsAdmin() {
  return useQuery({
    queryKey: workspaceKeys.pauseReasons,
    queryFn: ({ signal }) => listPauseReasonsAdmin(signal),
    select: (d) => d.items,
  });
}

export function useSavePauseReason() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: PauseReasonInput }) =>
      id === null ? createPauseReason(body) : updatePauseReason(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: workspaceKeys.pauseReasons }),
        queryClient.invalidateQueries({ queryKey: ['presence', 'pause-reasons'] }),
      ]),
  });
}
