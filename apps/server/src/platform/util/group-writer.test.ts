import { describe, expect, it } from 'vitest';
import { createGroupWriter } from './group-writer.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createGroupWriter', () => {
  it('writes what arrives together in one call per key, and what arrives during a write in the next one', async () => {
    const calls: { key: string; items: number[] }[] = [];
    const gate = deferred();
    const add = createGroupWriter(async (key: string, items: number[]) => {
      calls.push({ key, items });
      if (calls.length === 1) await gate.promise;
      return items.map((n) => n * 10);
    });
    const first = [1, 2, 3].map((n) => add('a', n));
    const other = add('b', 9);
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual([
      { key: 'a', items: [1, 2, 3] },
      { key: 'b', items: [9] },
    ]);
    const later = [4, 5].map((n) => add('a', n));
    gate.resolve();
    expect(await Promise.all(first)).toEqual([10, 20, 30]);
    expect(await Promise.all(later)).toEqual([40, 50]);
    expect(await other).toBe(90);
    expect(calls.slice(2)).toEqual([{ key: 'a', items: [4, 5] }]);
  });

  it('writes a failing group again item by item: only the bad item fails', async () => {
    const calls: string[][] = [];
    const add = createGroupWriter(async (_key: string, items: string[]) => {
      calls.push(items);
      if (items.includes('bad')) throw new Error('refused');
      return items.map((s) => s.toUpperCase());
    });
    const results = await Promise.allSettled(['x', 'bad', 'y'].map((s) => add('k', s)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['X', 'refused', 'Y']);
    expect(calls).toEqual([['x', 'bad', 'y'], ['x'], ['bad'], ['y']]);
  });

  it('splits a large burst into groups of at most the given size, in arrival order', async () => {
    const calls: number[][] = [];
    const add = createGroupWriter(async (_key: string, items: number[]) => (calls.push(items), items), 2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => add('k', n)));
    expect(calls).toEqual([[1, 2], [3, 4], [5]]);
  });
});
