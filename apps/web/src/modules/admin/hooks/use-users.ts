import type { User } from '@atende/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminKeys, createUser, listUsers, resetUserPassword, setUserActive, updateUser, type CreateUserInput, type UpdateUserInput } from '../api';

export function useUsers(search = '') {
  return useQuery({
    queryKey: adminKeys.userList(search),
    queryFn: ({ signal }) => listUsers(search, signal),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: adminKeys.users });
}

export type SaveUser = { id: null; body: CreateUserInput } | { id: string; body: UpdateUserInput };

export function useSaveUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: SaveUser): Promise<User> => (input.id === null ? createUser(input.body) : updateUser(input.id, input.body)),
    onSuccess: invalidate,
  });
}

export function useSetUserActive() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) => setUserActive(id, active),
    onSuccess: invalidate,
  });
}

export function useResetUserPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => resetUserPassword(id, password),
  });
}
