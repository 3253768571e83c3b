import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getAdvanced, getGridPage, panelKeys, type Query } from '../api';

/** One page of a grid view (SPEC PAN-07); the previous page stays on screen while the next loads. */
export function useGridPage(tab: string, view: string, query: Query, enabled = true) {
  return useQuery({
    queryKey: panelKeys.grid(tab, view, query),
    queryFn: ({ signal }) => getGridPage(tab, view, query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** SPEC PAN-08: "Pesquisa avançada" results (a search-mode grid: empty until a criterion is applied). */
export function useAdvancedPage(query: Query) {
  return useQuery({
    queryKey: panelKeys.advanced(query),
    queryFn: ({ signal }) => getAdvanced(query, signal),
    placeholderData: keepPreviousData,
  });
}
