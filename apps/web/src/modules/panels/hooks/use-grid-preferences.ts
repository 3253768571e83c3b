import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getPreferences, panelKeys, putPreferences, type PanelPreferences } from '../api';

/** The user's own column choice (and pivot layout) per grid ('tab.view'), kept on the server. */
export function useGridPreferences(grid: string) {
  return useQuery({ queryKey: panelKeys.prefs(grid), queryFn: ({ signal }) => getPreferences(grid, signal), staleTime: Infinity });
}

export function useSaveGridPreferences(grid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PanelPreferences) => putPreferences(grid, body),
    onMutate: async (body) => {
      // A preferences read still on its way would land after this choice and undo it on screen.
      await queryClient.cancelQueries({ queryKey: panelKeys.prefs(grid) });
      const prev = queryClient.getQueryData<PanelPreferences>(panelKeys.prefs(grid));
      queryClient.setQueryData(panelKeys.prefs(grid), { ...prev, ...body });
    },
    onSuccess: (saved) => queryClient.setQueryData(panelKeys.prefs(grid), saved),
  });
}
