import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminKeys, createTeam, deleteTeam, listTeams, updateTeam, type TeamInput } from '../api';

export function useTeams() {
  return useQuery({
    queryKey: adminKeys.teams,
    queryFn: ({ signal }) => listTeams(signal),
    select: (data) => data.items,
  });
}

function useInvalidateTeams() {
  const queryClient = useQueryClient();
  // Users carry their team ids, so both lists change.
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: adminKeys.teams }), queryClient.invalidateQueries({ queryKey: adminKeys.users })]);
}

export function useSaveTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TeamInput }) => (id === null ? createTeam(body) : updateTeam(id, body)),
    onSuccess: invalidate,
  });
}

export function useDeleteTeam() {
  const invalidate = useInvalidateTeams();
  return useMutation({ mutationFn: (id: string) => deleteTeam(id), onSuccess: invalidate });
}
