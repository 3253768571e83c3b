import type { CallSignalling } from '@atende/shared/browser-call';
import { ALERT_APP_NAMESPACE, type AlertAppClientToServer, type AlertAppServerToClient } from '@atende/shared/events';
import type { AlertView } from '@atende/shared/schemas/alerts';
import type { RtcError } from '@atende/shared/schemas/voice';
import { io, type Socket } from 'socket.io-client';

// The live link (Socket.IO namespace /alert-app, authenticated by the session cookie): the server
// pushes an alert each time the team moves it. Every (re)connect asks for the list again, since
// pushes sent while the link was down are gone (ARCHITECTURE §3 "Realtime"). ALR-03: the link
// also carries "Ligar pelo navegador"'s signalling (the same as the widget's, VOX-06a).

/** Atende answers an offer once its media is set up; no answer by then is a failed call. */
const CALL_START_TIMEOUT_MS = 20_000;

export type Live = {
  close(): void;
  /** Undefined while the link is down. */
  readonly signalling: CallSignalling | undefined;
};

export type LiveHandlers = {
  alert(a: AlertView): void;
  connected(): void;
  /** The built-in call was answered, or ended; null: the link dropped and whatever call there was with it. */
  callAnswered(callId: string): void;
  callEnded(callId: string | null): void;
  /** VOX-02: the agent pressed keys on their keypad. */
  callDtmf(callId: string, digits: string): void;
};

export function openLive(handlers: LiveHandlers): Live {
  const socket: Socket<AlertAppServerToClient, AlertAppClientToServer> = io(ALERT_APP_NAMESPACE, {
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
    handlers.callEnded(null);
    if (reason === 'io server disconnect') retryLater();
  });
  socket.on('connect_error', () => !socket.active && retryLater());
  socket.on('alert', handlers.alert);
  socket.on('call.answered', (p) => p?.callId && handlers.callAnswered(p.callId));
  socket.on('call.ended', (p) => p?.callId && handlers.callEnded(p.callId));
  socket.on('call.dtmf', (p) => p?.callId && handlers.callDtmf(p.callId, p.digits));
  const signalling: CallSignalling = {
    startCall: (sdp) =>
      socket
        .timeout(CALL_START_TIMEOUT_MS)
        .emitWithAck('call.start', { sdp })
        .catch((): RtcError => ({ error: { code: 'CALL_MEDIA_FAILED' } })),
    hangupCall: (callId) => void socket.emit('call.hangup', callId),
    sendDtmf: (callId, digits) => void socket.emit('call.dtmf', { callId, digits }),
  };
  return {
    get signalling() {
      return socket.connected ? signalling : undefined;
    },
    close() {
      closed = true;
      clearTimeout(retry);
      socket.disconnect();
      delete document.documentElement.dataset.live;
    },
  };
}
