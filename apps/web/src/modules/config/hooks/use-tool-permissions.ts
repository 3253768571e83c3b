import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { configKeys, getToolPermissions, saveToolPermissions, type ToolMatrix } from '../api';

export function useToolPermissions() {
  return useQuery({ queryKey: configKeys.toolPermissions, queryFn: ({ signal }) => getToolPermissions(signal) });
}

export function useSaveToolPermissions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (matrix: ToolMatrix) => saveToolPermissions(matrix),
    onSuccess: (data) => queryClient.setQueryData(configKeys.toolPermissions, data),
  });
}
