// The live link (Socket.IO namespace /widget): agent replies, state and typing arrive here. It
// reconnects by itself; every (re)connect tells the chat to catch up, because pushes sent while
// the link was down are gone (ARCHITECTURE §3 "Realtime").
import { WIDGET_NAMESPACE, type WidgetClientToServer, type WidgetServerToClient } from '@atende/shared/events';
import type { RtcCallStarted, RtcError } from '@atende/shared';
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
  /** VOX-06 (a): the visitor's call was answered, or ended. */
  callAnswered(callId: string): void;
  callEnded(callId: string): void;
  /** VOX-02: the agent pressed keys on their keypad. */
  callDtmf(callId: string, digits: string): void;
};

export type Live = {
  typing(): void;
  close(): void;
  kick(): void;
  startCall(sdp: string): Promise<RtcCallStarted | RtcError>;
  hangupCall(callId: string): void;
  /** VOX-02: keys the visitor pressed during the call. */
  sendDtmf(callId: string, digits: string): void;
};

const CALL_START_TIMEOUT_MS = 20_000;

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
  socket.on('call.answered', (p) => p?.callId && h.callAnswered(p.callId));
  socket.on('call.ended', (p) => p?.callId && h.callEnded(p.callId));
  socket.on('call.dtmf', (p) => p?.callId && h.callDtmf(p.callId, p.digits));

  return {
    typing: () => socket.connected && socket.volatile.emit('typing'),
    startCall: (sdp) =>
      socket
        .timeout(CALL_START_TIMEOUT_MS)
        .emitWithAck('call.start', { sdp })
        .catch((): RtcError => ({ error: { code: 'CALL_MEDIA_FAILED' } })),
    hangupCall: (callId) => void socket.emit('call.hangup', callId),
    sendDtmf: (callId, digits) => void socket.emit('call.dtmf', { callId, digits }),
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
