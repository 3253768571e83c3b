import { useQuery } from '@tanstack/react-query';
import { listPauseReasons, presenceKeys } from '../api';

/** The organization's pause reasons; fetched fresh whenever a pause choice opens (SPEC WS-05). */
export function useActivePauseReasons(enabled = true) {
  return useQuery({
    queryKey: presenceKeys.pauseReasons,
    queryFn: ({ signal }) => listPauseReasons(signal),
    select: (data) => data.items.filter((r) => r.active),
    staleTime: 0,
    enabled,
  });
}
