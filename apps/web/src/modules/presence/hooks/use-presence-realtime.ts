import type { AgentPresence, PresenceSnapshot, PresenceTargetView } from '@atende/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { i18n } from '../../../app/i18n';
import { notify } from '../../../app/notifications';
import { onSocketEvent, onSocketReconnect } from '../../../app/socket';
import { presenceKeys } from '../api';
import { listenToPeerTabs, ownActionPending } from '../own-actions';
import { acceptAgent, acceptSnapshot, lostTargets } from '../presence-cache';

const names = (targets: PresenceTargetView[]) => targets.map((t) => t.name).join(', ');

/** Tells the agent about pauses and logouts they did not ask for (a supervisor's, SPEC WS-10). */
function announce(prev: PresenceSnapshot, next: PresenceSnapshot): void {
  // A push the server marks as a supervisor's is news even right after one of the agent's own
  // actions (a forced pause seconds after the agent logged in); otherwise own actions are quiet.
  if (next.change?.cause !== 'supervisor' && ownActionPending()) return;
  const { paused, loggedOut } = lostTargets(prev, next);
  const t = i18n.t.bind(i18n); // the language of the moment, not of when the hook mounted
  if (paused.length) {
    const reason = paused[0]?.reasonName ?? '';
    notify({
      title: t('presence.notice.pausedTitle'),
      body: t('presence.notice.pausedBody', { targets: names(paused), reason }),
      tag: 'presence',
    });
  }
  if (loggedOut.length) {
    notify({
      title: t('presence.notice.loggedOutTitle'),
      body: t('presence.notice.loggedOutBody', { targets: names(loggedOut) }),
      tag: 'presence',
      color: 'red',
    });
  }
}

/** Keeps the presence queries live from the socket (SPEC WS-03, WS-07). */
export function usePresenceRealtime(userId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    listenToPeerTabs(userId);
    const unsubscribe = [
      onSocketEvent<PresenceSnapshot>('presence.snapshot', (snapshot) => {
        const prev = queryClient.getQueryData<PresenceSnapshot>(presenceKeys.me);
        if (acceptSnapshot(queryClient, snapshot) && prev) announce(prev, snapshot);
      }),
      onSocketEvent<AgentPresence>('presence.agent', (agent) => acceptAgent(queryClient, agent)),
      onSocketReconnect(() => void queryClient.invalidateQueries({ queryKey: ['presence'] })),
    ];
    return () => {
      for (const off of unsubscribe) off();
      listenToPeerTabs(null);
    };
  }, [queryClient, userId]);
}
