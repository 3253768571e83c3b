import type { ConsoleClientToServer, ConsolePushes, ConsoleServerToClient } from '@atende/shared';
import { io, type Socket } from 'socket.io-client';

// One Socket.IO connection per logged-in console, authenticated by the session cookie. Modules
// subscribe to pushed events with `onSocketEvent` (at any time: handlers outlive reconnections
// and are attached to the socket when it opens) and patch or invalidate their queries. Event names
// and payloads come from the one map in packages/shared (issue item 26).

export type RealtimeStatus = 'idle' | 'connecting' | 'connected' | 'disconnected';
export type ConsoleSocket = Socket<ConsoleServerToClient, ConsoleClientToServer>;
type PushName = keyof ConsolePushes;
// Stored by name; onSocketEvent pairs each with its own event's payload type.
type Handler = (data: never) => void;

let socket: ConsoleSocket | null = null;
let status: RealtimeStatus = 'idle';
const handlers = new Map<PushName, Set<Handler>>();
const reconnectHandlers = new Set<() => void>();
const statusListeners = new Set<() => void>();

function setStatus(next: RealtimeStatus): void {
  if (status === next) return;
  status = next;
  for (const fn of statusListeners) fn();
}

export function connectSocket(): ConsoleSocket {
  if (socket) return socket;
  // WebSocket only: no long-polling, so several instances behind a balancer need no sticky sessions.
  const s: ConsoleSocket = io({ path: '/socket.io', withCredentials: true, transports: ['websocket'] });
  socket = s;
  setStatus('connecting');
  for (const [event, set] of handlers) for (const fn of set) attach(s, event, fn);
  s.on('connect', () => setStatus('connected'));
  s.on('disconnect', (reason) => {
    setStatus('disconnected');
    // The server drops a user's sockets when their role or teams change: reconnect at once to get
    // the new rights' rooms. A revoked session fails that handshake and is not retried.
    if (reason === 'io server disconnect' && socket === s) {
      s.once('connect', () => {
        for (const fn of reconnectHandlers) fn();
      });
      s.connect();
    }
  });
  s.on('connect_error', () => setStatus('disconnected'));
  // Whatever was pushed while the connection was down is lost: listeners refetch.
  s.io.on('reconnect', () => {
    for (const fn of reconnectHandlers) fn();
  });
  return s;
}

export function getSocket(): ConsoleSocket | null {
  return socket;
}

export function disconnectSocket(): void {
  socket?.disconnect();
  socket = null;
  setStatus('idle');
}

/** Subscribes to a pushed event on the current and every future socket; returns the unsubscribe. */
export function onSocketEvent<E extends PushName>(event: E, fn: (data: ConsolePushes[E]) => void): () => void {
  const set = handlers.get(event) ?? new Set<Handler>();
  set.add(fn);
  handlers.set(event, set);
  if (socket) attach(socket, event, fn);
  return () => {
    set.delete(fn);
    if (socket) detach(socket, event, fn);
  };
}

// Socket.IO's typed on/off cannot follow a generic event name; the handler's type was checked above.
const untyped = (s: ConsoleSocket) => s as unknown as Socket;
const attach = (s: ConsoleSocket, event: PushName, fn: Handler) => untyped(s).on(event, fn as (data: unknown) => void);
const detach = (s: ConsoleSocket, event: PushName, fn: Handler) => untyped(s).off(event, fn as (data: unknown) => void);

/** Runs after the socket reconnects (not on the first connection). */
export function onSocketReconnect(fn: () => void): () => void {
  reconnectHandlers.add(fn);
  return () => {
    reconnectHandlers.delete(fn);
  };
}

export function realtimeStatus(): RealtimeStatus {
  return status;
}

export function subscribeRealtimeStatus(fn: () => void): () => void {
  statusListeners.add(fn);
  return () => {
    statusListeners.delete(fn);
  };
}
