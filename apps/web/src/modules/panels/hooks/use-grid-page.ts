import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getGridPage, panelKeys, type Query } from '../api';

/**
 * One page of a grid view (SPEC PAN-07); the previous page stays on screen while the next loads.
 * Never served from cache when a view is opened: SLA lateness is judged by the server against the
 * moment of the request (PAN-04), so a page kept from earlier would disagree with a fresh view.
 */
export function useGridPage(tab: string, view: string, query: Query, enabled = true) {
  return useQuery({
    queryKey: panelKeys.grid(tab, view, query),
    queryFn: ({ signal }) => getGridPage(tab, view, query, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchOnMount: 'always',
    enabled,
  });
}
