import type { AlertView } from '@atende/shared/schemas/alerts';
import { describe, expect, it } from 'vitest';
import type { NewAlert } from './api';
import { createAlertQueue, localStorageStore, type QueueStore } from './queue';

// SPEC ALR-01, offline: alerts wait with their clientId and firedAt, leave in order, are kept on
// network failures and 5xx, and are never sent twice.

class MemoryStorage {
  private data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

const alert = (n: number): NewAlert => ({
  clientId: `00000000-0000-4000-8000-00000000000${n}`,
  level: 'red',
  firedAt: `2026-12-07T10:0${n}:00.000Z`,
  location: null,
});
const view = (a: NewAlert) => ({ id: `id-${a.clientId}`, firedAt: a.firedAt }) as AlertView;
class Offline extends Error {}

function setup(send: (a: NewAlert) => Promise<AlertView>) {
  const storage = new MemoryStorage();
  const store: QueueStore = localStorageStore('q', storage as unknown as Storage);
  const sent: AlertView[] = [];
  const dropped: NewAlert[] = [];
  const queue = createAlertQueue({
    store,
    send,
    retryable: (e) => e instanceof Offline,
    sent: (a) => sent.push(a),
    dropped: (q) => dropped.push(q),
  });
  return { storage, store, queue, sent, dropped };
}

describe('offline alert queue', () => {
  it('keeps alerts fired without network, with their clientId and firedAt, and sends them in order later', async () => {
    let online = false;
    const bodies: NewAlert[] = [];
    const { queue, sent } = setup(async (a) => {
      if (!online) throw new Offline();
      bodies.push(a);
      return view(a);
    });
    queue.add(alert(1));
    queue.add(alert(2));
    expect(await queue.flush()).toBe(0);
    expect(queue.items().map((a) => a.clientId)).toEqual([alert(1).clientId, alert(2).clientId]);

    online = true;
    expect(await queue.flush()).toBe(2);
    expect(bodies).toEqual([alert(1), alert(2)]);
    expect(sent.map((a) => a.firedAt)).toEqual([alert(1).firedAt, alert(2).firedAt]);
    expect(queue.items()).toEqual([]);
  });

  it('survives a restart: a new queue over the same storage finds what was waiting', async () => {
    const first = setup(async () => {
      throw new Offline();
    });
    first.queue.add(alert(3));
    await first.queue.flush();
    const again = createAlertQueue({
      store: localStorageStore('q', first.storage as unknown as Storage),
      send: async (a) => view(a),
      retryable: () => true,
    });
    expect(again.items()).toEqual([alert(3)]);
    expect(await again.flush()).toBe(1);
  });

  it('never sends one alert twice, even when two flushes start together', async () => {
    const calls: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { queue } = setup(async (a) => {
      calls.push(a.clientId);
      await gate;
      return view(a);
    });
    queue.add(alert(1));
    queue.add(alert(1)); // the same clientId again is not a second alert
    const both = Promise.all([queue.flush(), queue.flush()]);
    release();
    await both;
    await queue.flush();
    expect(calls).toEqual([alert(1).clientId]);
  });

  it('drops an alert the server refuses for good, and goes on with the next', async () => {
    const { queue, dropped, sent } = setup(async (a) => {
      if (a.clientId === alert(1).clientId) throw new Error('VALIDATION_FAILED');
      return view(a);
    });
    queue.add(alert(1));
    queue.add(alert(2));
    expect(await queue.flush()).toBe(1);
    expect(dropped).toEqual([alert(1)]);
    expect(sent.map((a) => a.id)).toEqual([`id-${alert(2).clientId}`]);
  });

  it('reads unreadable storage as an empty queue', () => {
    const storage = new MemoryStorage();
    storage.setItem('q', '{not json');
    expect(localStorageStore('q', storage as unknown as Storage).load()).toEqual([]);
  });
});
