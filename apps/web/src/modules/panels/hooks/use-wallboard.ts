import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { noteServerTime } from '../../../app/server-clock';
import { onSocketEvent, onSocketReconnect } from '../../../app/socket';
import { getWallboard, panelKeys } from '../api';

/** SPEC PAN-11: the wallboard, replaced by every 'wallboard.updated' push; refetched after a reconnection. */
export function useWallboard() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const off = [
      onSocketEvent('wallboard.updated', (board) => {
        noteServerTime(board.at);
        queryClient.setQueryData(panelKeys.wallboard, board);
      }),
      onSocketReconnect(() => void queryClient.invalidateQueries({ queryKey: panelKeys.wallboard })),
    ];
    return () => off.forEach((fn) => fn());
  }, [queryClient]);
  return useQuery({
    queryKey: panelKeys.wallboard,
    queryFn: async ({ signal }) => {
      const board = await getWallboard(signal);
      noteServerTime(board.at);
      return board;
    },
    staleTime: Infinity, // pushes keep it current
  });
}
