import { ALERT_APP_NAMESPACE, type AlertAppServerToClient } from '@atende/shared/events';
import type { AlertView } from '@atende/shared/schemas/alerts';
import { io, type Socket } from 'socket.io-client';

// The live link (Socket.IO namespace /alert-app, authenticated by the session cookie): the server
// pushes an alert each time the team moves it. Every (re)connect asks for the list again, since
// pushes sent while the link was down are gone (ARCHITECTURE §3 "Realtime").

export type Live = { close(): void };

export function openLive(handlers: { alert(a: AlertView): void; connected(): void }): Live {
  const socket: Socket<AlertAppServerToClient> = io(ALERT_APP_NAMESPACE, {
    path: '/socket.io',
    transports: ['websocket'],
    withCredentials: true,
    reconnectionDelay: 1000,
    reconnectionDelayMax: 10_000,
  });
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  // Socket.IO stops by itself when the server refuses or ends the link: try again later ourselves.
  const retryLater = () => {
    clearTimeout(retry);
    retry = setTimeout(() => !closed && !socket.connected && socket.connect(), 5000);
  };
  socket.on('connect', () => {
    document.documentElement.dataset.live = 'connected';
    handlers.connected();
  });
  socket.on('disconnect', (reason) => {
    document.documentElement.dataset.live = 'disconnected';
    if (reason === 'io server disconnect') retryLater();
  });
  socket.on('connect_error', () => !socket.active && retryLater());
  socket.on('alert', handlers.alert);
  return {
    close() {
      closed = true;
      clearTimeout(retry);
      socket.disconnect();
      delete document.documentElement.dataset.live;
    },
  };
}
