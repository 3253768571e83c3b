import type { Me } from '@atende/shared';
import { useEffect } from 'react';
import { useChatRealtime } from '../../modules/conversations/hooks';
import { useAttendanceRealtime } from '../../modules/attendances/hooks/use-attendance-realtime';
import { usePresenceRealtime } from '../../modules/presence/hooks/use-presence-realtime';
import { useVoiceRealtime } from '../../modules/voice/hooks/use-voice-realtime';
import { setUiLocale } from '../i18n';
import { setNotificationUser } from '../notifications';
import { connectSocket, disconnectSocket } from '../socket';

/** While a user is logged in: the UI speaks their language and the realtime socket is open. */
export function useSessionEffects(me: Me): void {
  useEffect(() => {
    void setUiLocale(me.locale);
  }, [me.locale]);

  useEffect(() => {
    setNotificationUser(me.id);
    connectSocket();
    return () => {
      disconnectSocket();
      setNotificationUser(null);
    };
  }, [me.id]);

  usePresenceRealtime(me.id);
  useAttendanceRealtime(me.id);
  useVoiceRealtime(me.id);
  useChatRealtime();
}
