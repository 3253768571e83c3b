import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { panelKeys } from '../../panels/api';
import { configKeys, getToolPermissions, saveToolPermissions, type ToolMatrix } from '../api';

export function useToolPermissions() {
  return useQuery({ queryKey: configKeys.toolPermissions, queryFn: ({ signal }) => getToolPermissions(signal) });
}

export function useSaveToolPermissions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (matrix: ToolMatrix) => saveToolPermissions(matrix),
    onSuccess: (data) => {
      queryClient.setQueryData(configKeys.toolPermissions, data);
      // SPEC ORG-03: the admin's own panel toolbar reflects the new matrix without a reload.
      return queryClient.invalidateQueries({ queryKey: panelKeys.tools });
    },
  });
}
