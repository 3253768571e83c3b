/** Resolves after the event loop has run once: callbacks already due (requests read meanwhile) run first. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

type Pending<T, R> = { item: T; resolve(result: R): void; reject(err: unknown): void };

/**
 * Group commit for work that arrives concurrently: items added under one key while that key's
 * previous write runs (or within the same turn of the event loop) are written together by one call
 * of `write`, which answers one result per item, in order. Keys are written independently. When a
 * group fails, each of its items is written again on its own, so one bad item never fails the
 * others; a lone item's failure is its caller's.
 */
export function createGroupWriter<T, R>(write: (key: string, items: T[]) => Promise<R[]>, maxItems = 500) {
  const queues = new Map<string, Pending<T, R>[]>();

  async function writeGroup(key: string, group: Pending<T, R>[]) {
    try {
      const results = await write(
        key,
        group.map((p) => p.item),
      );
      group.forEach((p, i) => p.resolve(results[i]!));
    } catch (err) {
      if (group.length === 1) return group[0]!.reject(err);
      for (const p of group) await writeGroup(key, [p]);
    }
  }

  async function drain(key: string, queue: Pending<T, R>[]) {
    // A turn of the event loop first: the requests already read are queued too. On PGlite a whole
    // transaction can run without one (no real I/O), which would leave every item on its own.
    while ((await nextTurn(), queue.length)) await writeGroup(key, queue.splice(0, maxItems));
    // Nothing is awaited between the empty check and here: no item can be left behind.
    queues.delete(key);
  }

  return (key: string, item: T): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      let queue = queues.get(key);
      const idle = !queue;
      if (!queue) queues.set(key, (queue = []));
      queue.push({ item, resolve, reject });
      if (idle) void drain(key, queue);
    });
}
