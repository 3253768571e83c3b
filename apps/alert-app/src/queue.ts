import type { AlertView } from '@atende/shared/schemas/alerts';
import type { NewAlert } from './api';

// SPEC ALR-01, offline: every fired alert is written here first and leaves only once the server
// has it. A network failure or a 5xx keeps it for later with its original clientId and firedAt,
// so the server stores the moment the button was pressed and, seeing the same clientId again,
// answers with the alert it already has instead of storing a second one. One flush runs at a
// time, so two triggers (the `online` event and the periodic retry) never race on one alert.

export type QueueStore = { load(): NewAlert[]; save(items: NewAlert[]): void };

export type QueueOptions = {
  store: QueueStore;
  send(alert: NewAlert): Promise<AlertView>;
  /** True when a failure may succeed later (network, 5xx); anything else drops the alert. */
  retryable(err: unknown): boolean;
  sent?(alert: AlertView, queued: NewAlert): void;
  dropped?(queued: NewAlert, err: unknown): void;
  changed?(): void;
};

export type AlertQueue = {
  items(): NewAlert[];
  /** Stores the alert (before any attempt to send it). */
  add(alert: NewAlert): void;
  /** Sends what is waiting, oldest first; stops at the first retryable failure. Resolves to how many were sent. */
  flush(): Promise<number>;
};

export function createAlertQueue(o: QueueOptions): AlertQueue {
  let running: Promise<number> | null = null;

  const remove = (clientId: string) => {
    o.store.save(o.store.load().filter((a) => a.clientId !== clientId));
    o.changed?.();
  };

  async function drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const next = o.store.load()[0];
      if (!next) return sent;
      try {
        const alert = await o.send(next);
        remove(next.clientId);
        sent++;
        o.sent?.(alert, next);
      } catch (err) {
        if (o.retryable(err)) return sent;
        remove(next.clientId);
        o.dropped?.(next, err);
      }
    }
  }

  return {
    items: () => o.store.load(),
    add(alert) {
      const items = o.store.load();
      if (!items.some((a) => a.clientId === alert.clientId)) o.store.save([...items, alert]);
      o.changed?.();
    },
    flush() {
      running ??= drain().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

/** The queue kept in localStorage under `key` (one per app user); unreadable contents count as empty. */
export function localStorageStore(key: string, storage: Storage = localStorage): QueueStore {
  return {
    load() {
      try {
        const parsed = JSON.parse(storage.getItem(key) ?? '[]') as unknown;
        return Array.isArray(parsed) ? (parsed as NewAlert[]) : [];
      } catch {
        return [];
      }
    },
    save(items) {
      if (items.length) storage.setItem(key, JSON.stringify(items));
      else storage.removeItem(key);
    },
  };
}
