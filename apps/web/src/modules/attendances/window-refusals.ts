import { useSyncExternalStore } from 'react';

// SPEC CH-02: when the server refuses free text with 409 CHANNEL_WINDOW_CLOSED, its clock wins over
// the console's. Kept per attendance with the contact's last message time of that moment, so the
// window opens again by itself as soon as the contact writes (see `replyWindow`).

const refused = new Map<string, string | null>();
const listeners = new Set<() => void>();
let version = 0;

export function noteWindowRefused(attendanceId: string, lastContactMessageAt: string | null): void {
  refused.set(attendanceId, lastContactMessageAt);
  version++;
  for (const fn of listeners) fn();
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

/** The contact's last message time when the server refused, undefined when it never did. */
export function useWindowRefusal(attendanceId: string): string | null | undefined {
  useSyncExternalStore(subscribe, () => version);
  return refused.has(attendanceId) ? refused.get(attendanceId) : undefined;
}
