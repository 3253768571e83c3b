// SPEC VOX-04: the recording player's clock and jumps.

/** "0:07", "12:34", "1:02:03"; unknown or infinite lengths (a stream still loading) read "0:00". */
export function formatClock(seconds: number): string {
  const s = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** Where a jump of `delta` seconds (back 10 s, forward 10 s, a click on the bar) lands: within the recording. */
export function seekTarget(current: number, delta: number, duration: number): number {
  const end = Number.isFinite(duration) && duration > 0 ? duration : Infinity;
  return Math.min(end, Math.max(0, current + delta));
}
