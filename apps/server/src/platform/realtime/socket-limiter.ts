import { errorMessage } from '@atende/shared/i18n';
import { pickLocale } from '@atende/shared';
import type { Socket } from 'socket.io';

export type SocketLimits = { eventsPerSecond: number; burst: number };

// A socket whose dropped events outrun the refill by this many bursts is flooding, not just eager:
// it is disconnected (hardening issue, socket floods item).
const FLOOD_BURSTS = 3;

/**
 * A token bucket for one socket's incoming events: `burst` at once, refilled at `eventsPerSecond`.
 * Drops are counted the same way (decaying at the refill rate) so a client slightly over the rate
 * just loses events, while one that keeps flooding is cut off.
 */
export function createTokenBucket(limits: SocketLimits, now: () => number = Date.now) {
  let tokens = limits.burst;
  let strikes = 0;
  let last = now();
  return {
    /** 'ok' to handle the event, 'drop' to ignore it, 'flood' to ignore it and disconnect. */
    take(): 'ok' | 'drop' | 'flood' {
      const t = now();
      const refill = ((t - last) / 1000) * limits.eventsPerSecond;
      last = t;
      tokens = Math.min(limits.burst, tokens + refill);
      strikes = Math.max(0, strikes - refill);
      if (tokens >= 1) {
        tokens -= 1;
        return 'ok';
      }
      strikes += 1;
      return strikes > limits.burst * FLOOD_BURSTS ? 'flood' : 'drop';
    },
  };
}

/**
 * Applies the bucket to every event the socket receives, before any handler runs (one place for
 * staff and visitors). A dropped event with an acknowledgement gets a coded error back.
 */
export function limitSocket(socket: Socket, limits: SocketLimits) {
  const bucket = createTokenBucket(limits);
  const locale = pickLocale(socket.handshake.headers['accept-language']);
  socket.use((packet, next) => {
    const verdict = bucket.take();
    if (verdict === 'ok') return next();
    const ack = packet[packet.length - 1];
    if (typeof ack === 'function') ack({ error: { code: 'SOCKET_RATE_LIMITED', message: errorMessage('SOCKET_RATE_LIMITED', locale) } });
    if (verdict === 'flood' && socket.connected) socket.disconnect(true);
  });
}
