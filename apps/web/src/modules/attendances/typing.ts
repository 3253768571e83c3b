import { useSyncExternalStore } from 'react';

// ATT-05 typing indicator: the web-chat visitor's "typing" pushes arrive every couple of seconds
// while they type; the indicator stays on a little longer than that gap, then goes off by itself.
const SHOW_MS = 5000;

const until = new Map<string, number>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version++;
  for (const fn of listeners) fn();
}

/** The contact of `attendanceId` is typing now. */
export function noteContactTyping(attendanceId: string, now = Date.now()): void {
  until.set(attendanceId, now + SHOW_MS);
  clearTimeout(timers.get(attendanceId));
  timers.set(
    attendanceId,
    setTimeout(() => stopContactTyping(attendanceId), SHOW_MS),
  );
  changed();
}

/** The contact's message arrived: whatever they were typing is sent. */
export function stopContactTyping(attendanceId: string): void {
  clearTimeout(timers.get(attendanceId));
  timers.delete(attendanceId);
  if (until.delete(attendanceId)) changed();
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

export function useContactTyping(attendanceId: string): boolean {
  useSyncExternalStore(subscribe, () => version);
  return (until.get(attendanceId) ?? 0) > Date.now();
}
