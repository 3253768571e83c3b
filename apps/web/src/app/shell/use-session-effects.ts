import type { Me } from '@atende/shared';
import { useEffect } from 'react';
import { setUiLocale } from '../i18n';
import { connectSocket, disconnectSocket } from '../socket';

/** While a user is logged in: the UI speaks their language and the realtime socket is open. */
export function useSessionEffects(me: Me): void {
  useEffect(() => {
    void setUiLocale(me.locale);
  }, [me.locale]);

  useEffect(() => {
    connectSocket();
    return () => disconnectSocket();
  }, [me.id]);
}
