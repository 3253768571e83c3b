import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../../app/notifications';
import { onSocketEvent, onSocketReconnect } from '../../../app/socket';
import { voiceKeys } from '../api';
import { builtinPhone } from '../builtin-phone';
import { markCallLeft, storeCall } from '../call-cache';

/**
 * SPEC VOX-01: while the console is open, a call offered to the agent raises "Nova chamada" with
 * the caller's number (a system notification when the tab is out of sight and allowed, an in-app
 * toast always) and the voice screens follow every state change.
 */
export function useVoiceRealtime(userId: string): void {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  useEffect(() => {
    const offs = [
      onSocketEvent('voice.ringing', ({ call, from }) => {
        // A call that comes back (a transfer's target let it ring out) is this agent's again.
        markCallLeft(queryClient, call.id, false);
        storeCall(queryClient, call, true);
        notify({ title: t('voice.ringing.notificationTitle'), body: from || call.from, tag: `call-${call.id}`, color: 'teal' });
      }),
      onSocketEvent('voice.answered', ({ call }) => {
        markCallLeft(queryClient, call.id, false);
        storeCall(queryClient, call, false);
      }),
      onSocketEvent('voice.dtmf', ({ callId, digits }) => builtinPhone.callerKeys(callId, digits)),
      onSocketEvent('voice.updated', ({ call }) => storeCall(queryClient, call, call.state === 'ringing' && call.agentId === userId)),
      onSocketEvent('voice.ended', ({ call }) => {
        // The caller hung up (or the call left this agent): the built-in media ends here too.
        builtinPhone.ended(call.id);
        // Still going on without this agent: transferred (VOX-02).
        if (call.state !== 'ended' && call.agentId !== userId) markCallLeft(queryClient, call.id, true);
        storeCall(queryClient, call, false);
      }),
      onSocketReconnect(() => void queryClient.invalidateQueries({ queryKey: voiceKeys.all })),
    ];
    return () => offs.forEach((off) => off());
  }, [queryClient, t, userId]);
}
