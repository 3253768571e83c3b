import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createQueue,
  deleteQueue,
  listCompanies,
  listQueues,
  setQueueMembers,
  updateQueue,
  workspaceKeys,
  type QueueInput,
  type QueueMember,
} from '../workspace-api';

export function useQueues() {
  return useQuery({ queryKey: workspaceKeys.queues, queryFn: ({ signal }) => listQueues(signal), select: (d) => d.items });
}

export function useCompanies() {
  return useQuery({ queryKey: workspaceKeys.companies, queryFn: ({ signal }) => listCompanies(signal), select: (d) => d.items });
}

function useInvalidateQueues() {
  const queryClient = useQueryClient();
  // A queue change may change what agents can log into (their own channel lists).
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: workspaceKeys.queues }), queryClient.invalidateQueries({ queryKey: ['presence'] })]);
}

export function useSaveQueue() {
  const invalidate = useInvalidateQueues();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: QueueInput }) => (id === null ? createQueue(body) : updateQueue(id, body)),
    onSuccess: invalidate,
  });
}

export function useDeleteQueue() {
  const invalidate = useInvalidateQueues();
  return useMutation({ mutationFn: (id: string) => deleteQueue(id), onSuccess: invalidate });
}

export function useSetQueueMembers() {
  const invalidate = useInvalidateQueues();
  return useMutation({
    mutationFn: ({ id, members }: { id: string; members: QueueMember[] }) => setQueueMembers(id, members),
    onSuccess: invalidate,
  });
}
