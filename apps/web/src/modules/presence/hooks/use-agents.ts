import type { AgentPresence } from '@atende/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { noteServerTime } from '../../../app/server-clock';
import { forceLogout, forcePause, listAgents, presenceKeys, type ForceLogout, type ForcePause } from '../api';
import { acceptAgent } from '../presence-cache';

/** SPEC WS-03, WS-07: every agent's presence, kept live by `presence.agent` pushes. */
export function useAgents() {
  return useQuery({
    queryKey: presenceKeys.agents,
    queryFn: async ({ signal }) => {
      const data = await listAgents(signal);
      if (data.items[0]) noteServerTime(data.items[0].serverTime);
      return data;
    },
    select: (data) => data.items,
    staleTime: Infinity, // pushes keep it current; a reconnect refetches
  });
}

export type ForceAction = { type: 'pause'; body: ForcePause } | { type: 'logout'; body: ForceLogout };

export function useForcePresence(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ForceAction): Promise<AgentPresence> =>
      action.type === 'pause' ? forcePause(userId, action.body) : forceLogout(userId, action.body),
    onSuccess: (agent) => acceptAgent(queryClient, agent),
  });
}
