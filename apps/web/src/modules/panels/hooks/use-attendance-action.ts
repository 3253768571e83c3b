import { useMutation, useQueryClient } from '@tanstack/react-query';
import { panelKeys } from '../api';

/**
 * A change to one attendance from the panel: afterwards its grids, tree, service data, timeline
 * and SLA history are read again (the server recorded an event and maybe moved it between views).
 */
export function useAttendanceAction<I, O>(id: string, fn: (id: string, input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => fn(id, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: panelKeys.grids }),
        queryClient.invalidateQueries({ queryKey: panelKeys.service(id) }),
        queryClient.invalidateQueries({ queryKey: panelKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: panelKeys.history(id) }),
        queryClient.invalidateQueries({ queryKey: panelKeys.orders(id) }),
      ]),
  });
}

/** Refetches every grid (the "Atualizar" tool, or after a new attendance). */
export function useRefreshGrids() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: panelKeys.grids });
}
