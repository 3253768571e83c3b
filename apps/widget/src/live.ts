// The live link (Socket.IO namespace /widget): agent replies, state and typing arrive here. It
// reconnects by itself; every (re)connect tells the chat to catch up, because pushes sent while
// the link was down are gone (ARCHITECTURE §3 "Realtime").
import { WIDGET_NAMESPACE, type WidgetClientToServer, type WidgetServerToClient } from '@atende/shared/events';
import { io, type Socket } from 'socket.io-client';
import type { ContactState, Message } from './types';

export type LiveHandlers = {
  message(m: Message): void;
  state(s: ContactState): void;
  typing(agentName: string): void;
  connected(): void;
  disconnected(): void;
  /** The server no longer knows this visitor (its data was reset): start a new session. */
  invalid(): void;
};

export type Live = { typing(): void; close(): void; kick(): void };

const RETRY_MS = 2000;

export function openLive(origin: string, channelToken: string, visitorToken: string, h: LiveHandlers): Live {
  // Events typed by the one map in packages/shared (issue item 26).
  const socket: Socket<WidgetServerToClient, WidgetClientToServer> = io(`${origin}${WIDGET_NAMESPACE}`, {
    auth: { channelToken, visitorToken },
    transports: ['websocket'],
    reconnectionDelay: 1000,
    reconnectionDelayMax: 5000,
  });
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  // Socket.IO gives up when the server itself ends the link or refuses it: try again ourselves.
  const retryLater = () => {
    clearTimeout(retry);
    retry = setTimeout(() => !closed && !socket.connected && socket.connect(), RETRY_MS);
  };

  socket.on('connect', h.connected);
  socket.on('disconnect', (reason) => {
    h.disconnected();
    if (reason === 'io server disconnect') retryLater();
  });
  socket.on('connect_error', (err) => {
    if (err.message === 'WIDGET_VISITOR_INVALID') {
      closed = true;
      socket.disconnect();
      h.invalid();
    } else if (!socket.active) retryLater();
  });
  socket.on('message', h.message);
  socket.on('state', h.state);
  socket.on('typing', (p) => p?.agentName && h.typing(p.agentName));

  return {
    typing: () => socket.connected && socket.volatile.emit('typing'),
    close() {
      closed = true;
      clearTimeout(retry);
      socket.disconnect();
    },
    /** The browser says the network is back: reconnect now rather than at the end of a back-off. */
    kick() {
      if (closed || socket.connected) return;
      socket.disconnect();
      socket.connect();
    },
  };
}
