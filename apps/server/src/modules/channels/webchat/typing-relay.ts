// ATT-05 typing indicators cost no database transaction per event (hardening issue, socket floods
// item): one socket's typing is coalesced to at most one relay per conversation every RELAY_EVERY_MS,
// and who to relay to (an access check that reads the database) is remembered for LOOKUP_TTL_MS.
// A transfer therefore reaches the indicator within LOOKUP_TTL_MS; the indicator is advisory. "Nobody
// to tell" is not remembered (the relay's own pace bounds those reads), so an agent who has just
// accepted sees the visitor's very next keystroke.
export const RELAY_EVERY_MS = 1000;
export const LOOKUP_TTL_MS = 10_000;
// One socket follows few conversations at once; the cap only bounds a hostile client's memory.
const MAX_KEYS = 100;

type Entry<T> = { target?: T; lookedUpAt: number; pending?: Promise<void>; sentAt: number };

/** One per socket: `typing(key)` relays to the target `lookup` finds for the key, if any. */
export function createTypingRelay<T>(opts: { lookup: (key: string) => Promise<T | undefined>; send: (target: T) => void; now?: () => number }) {
  const now = opts.now ?? Date.now;
  const entries = new Map<string, Entry<T>>();
  const entry = (key: string) => {
    let e = entries.get(key);
    if (!e) {
      if (entries.size >= MAX_KEYS) entries.clear();
      e = { lookedUpAt: -Infinity, sentAt: -Infinity };
      entries.set(key, e);
    }
    return e;
  };

  return {
    /** Seeds the target found by a read the caller made anyway (e.g. at the handshake). */
    remember(key: string, target: T | undefined) {
      const e = entry(key);
      e.target = target;
      e.lookedUpAt = now();
    },
    typing(key: string): void {
      const e = entry(key);
      const t = now();
      if (t - e.sentAt < RELAY_EVERY_MS || e.pending) return;
      e.sentAt = t;
      if (e.target !== undefined && t - e.lookedUpAt < LOOKUP_TTL_MS) {
        opts.send(e.target);
        return;
      }
      e.pending = opts
        .lookup(key)
        .catch(() => undefined)
        .then((target) => {
          e.target = target;
          e.lookedUpAt = now();
          e.pending = undefined;
          if (target !== undefined) opts.send(target);
        });
    },
  };
}
