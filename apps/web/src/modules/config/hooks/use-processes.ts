import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { configKeys, createProcess, createSubprocess, listProcesses, updateProcess, updateSubprocess } from '../api';

export function useProcesses() {
  return useQuery({ queryKey: configKeys.processes, queryFn: ({ signal }) => listProcesses(signal), select: (d) => d.items });
}

// SLA policies show process names: a renamed process refreshes them too.
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: configKeys.processes }),
      queryClient.invalidateQueries({ queryKey: configKeys.slaPolicies }),
    ]);
}

export function useSaveProcess() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: { name?: string; active?: boolean } }) =>
      id === null ? createProcess({ name: body.name ?? '' }) : updateProcess(id, body),
    onSuccess: invalidate,
  });
}

type SubprocessSave =
  | { id: null; processId: string; body: { name: string; durationHours: number } }
  | { id: string; body: { name?: string; durationHours?: number; active?: boolean; position?: number } };

export function useSaveSubprocess() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (save: SubprocessSave) => (save.id === null ? createSubprocess(save.processId, save.body) : updateSubprocess(save.id, save.body)),
    onSuccess: invalidate,
  });
}
