import { io as connect, type Socket } from 'socket.io-client';

/** A Socket.IO client as a browser with this cookie would open it. */
export function socketFor(url: string, cookie?: string): Socket {
  return connect(url, { transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, reconnection: false, forceNew: true });
}

export const nextEvent = <T>(socket: Socket, event: string) => new Promise<T>((resolve) => socket.once(event, resolve));
