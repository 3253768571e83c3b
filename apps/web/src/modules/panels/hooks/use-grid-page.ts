import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getGridPage, panelKeys, type Query } from '../api';

/** One page of a grid view (SPEC PAN-07); the previous page stays on screen while the next loads. */
export function useGridPage(tab: string, view: string, query: Query, enabled = true) {
  return useQuery({
    queryKey: panelKeys.grid(tab, view, query),
    queryFn: ({ signal }) => getGridPage(tab, view, query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
