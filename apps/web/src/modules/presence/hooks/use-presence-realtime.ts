import type { PresenceSnapshot, PresenceTargetView } from '@atende/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { i18n } from '../../../app/i18n';
import { notify } from '../../../app/notifications';
import { onSocketEvent, onSocketReconnect } from '../../../app/socket';
import { presenceKeys } from '../api';
import { acceptAgent, acceptSnapshot } from '../presence-cache';
import { presenceNotices } from '../presence-notice';

const names = (targets: PresenceTargetView[]) => targets.map((t) => t.name).join(', ');

const loggedOutTitles = {
  supervisor: 'presence.notice.loggedOutTitle',
  grace: 'presence.notice.graceTitle',
  unlinked: 'presence.notice.unlinkedTitle',
} as const;

/** Tells the agent about pauses and logouts they did not ask for, and who caused them (SPEC WS-10). */
function announce(prev: PresenceSnapshot, next: PresenceSnapshot): void {
  const t = i18n.t.bind(i18n); // the language of the moment, not of when the hook mounted
  for (const notice of presenceNotices(prev, next)) {
    if (notice.kind === 'paused') {
      notify({
        title: t('presence.notice.pausedTitle'),
        body: t('presence.notice.pausedBody', { targets: names(notice.targets), reason: notice.reason }),
        tag: 'presence',
      });
    } else {
      notify({
        title: t(loggedOutTitles[notice.cause]),
        body: t('presence.notice.loggedOutBody', { targets: names(notice.targets) }),
        tag: 'presence',
        color: 'red',
      });
    }
  }
}

/** Keeps the presence queries live from the socket (SPEC WS-03, WS-07). */
export function usePresenceRealtime(userId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const unsubscribe = [
      onSocketEvent('presence.snapshot', (snapshot) => {
        const prev = queryClient.getQueryData<PresenceSnapshot>(presenceKeys.me);
        if (acceptSnapshot(queryClient, snapshot) && prev) announce(prev, snapshot);
      }),
      onSocketEvent('presence.agent', (agent) => acceptAgent(queryClient, agent)),
      onSocketReconnect(() => void queryClient.invalidateQueries({ queryKey: ['presence'] })),
    ];
    return () => {
      for (const off of unsubscribe) off();
    };
  }, [queryClient, userId]);
}
