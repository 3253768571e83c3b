import type { PresenceSnapshot } from '@atende/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { noteServerTime } from '../../../app/server-clock';
import { useNotify } from '../../../ui/use-notify';
import { fetchMyPresence, loginTarget, logoutTarget, pauseChat, pauseVoice, presenceKeys, resumeChat, resumeVoice, type TargetKind } from '../api';
import { acceptSnapshot, isNewer } from '../presence-cache';

/** SPEC WS-03: the agent's voice and chat targets with their state; kept live by the socket. */
export function useMyPresence() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: presenceKeys.me,
    queryFn: async ({ signal }) => {
      const snapshot = await fetchMyPresence(signal);
      // A push may have brought a newer state while this request was on its way.
      const current = queryClient.getQueryData<PresenceSnapshot>(presenceKeys.me);
      if (current && current.userId === snapshot.userId && !isNewer(snapshot, current)) return current;
      noteServerTime(snapshot.serverTime);
      return snapshot;
    },
    staleTime: Infinity, // the socket pushes every change; a reconnect refetches
  });
}

export type PresenceAction =
  | { type: 'login' | 'logout'; kind: TargetKind; targetId: string }
  | { type: 'pauseVoice'; reasonId: string }
  | { type: 'resumeVoice' }
  | { type: 'pauseChat'; channelId: string; reasonId: string }
  | { type: 'resumeChat'; channelId: string };

function run(action: PresenceAction): Promise<PresenceSnapshot> {
  switch (action.type) {
    case 'login':
      return loginTarget(action.kind, action.targetId);
    case 'logout':
      return logoutTarget(action.kind, action.targetId);
    case 'pauseVoice':
      return pauseVoice(action.reasonId);
    case 'resumeVoice':
      return resumeVoice();
    case 'pauseChat':
      return pauseChat(action.channelId, action.reasonId);
    case 'resumeChat':
      return resumeChat(action.channelId);
  }
}

/** One of the agent's own presence changes; the answer is the new snapshot. */
export function usePresenceAction() {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: run,
    onSuccess: (snapshot) => acceptSnapshot(queryClient, snapshot),
    onError: (err) => {
      notify.error(err);
      // The server's state is the truth: show it again after a refused change.
      void queryClient.invalidateQueries({ queryKey: presenceKeys.me });
    },
  });
}
