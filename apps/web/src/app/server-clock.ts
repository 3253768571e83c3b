// SPEC WS-07: timers count from the server's `since`, so they must run on the server's clock,
// not the browser's (which may be minutes off). Every snapshot carries `serverTime`; the offset
// between it and the local clock when it arrived corrects every timer on screen.
let offsetMs = 0;

/** Records the server's time as just received; `localNow` is for tests. */
export function noteServerTime(serverTime: string, localNow = Date.now()): void {
  const server = Date.parse(serverTime);
  if (Number.isFinite(server)) offsetMs = server - localNow;
}

/** The server's current time, in epoch milliseconds. */
export function serverNow(localNow = Date.now()): number {
  return localNow + offsetMs;
}

/** Milliseconds from `since` (an ISO time from the server) to the server's now, never negative. */
export function elapsedSince(since: string, localNow = Date.now()): number {
  const start = Date.parse(since);
  return Number.isFinite(start) ? Math.max(0, serverNow(localNow) - start) : 0;
}

/** "00:03:12": hours, minutes and seconds, hours growing past 99 if they must. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}
