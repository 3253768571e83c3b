import { useSyncExternalStore } from 'react';

// One shared one-second tick for every live timer on screen (SPEC WS-07), running only while
// something shows a timer.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
let now = Date.now();

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(fn);
    if (!listeners.size && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The local time, updated every second. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
