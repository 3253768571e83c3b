import { describe, expect, it } from 'vitest';
import { createCoalescer } from './coalesce.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createCoalescer', () => {
  it('serves a burst with the running pass plus one follow-up, per key', async () => {
    const gates: ReturnType<typeof deferred>[] = [];
    const runs: string[] = [];
    const request = createCoalescer(async (key: string) => {
      runs.push(key);
      const gate = deferred();
      gates.push(gate);
      await gate.promise;
    });
    const first = request('q1');
    const burst = Array.from({ length: 50 }, () => request('q1'));
    const other = request('q2');
    expect(runs).toEqual(['q1', 'q2']);
    gates[0]!.resolve();
    await first;
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    expect(runs).toEqual(['q1', 'q2', 'q1']);
    gates[1]!.resolve();
    gates[2]!.resolve();
    await Promise.all([...burst, other]);
    expect(runs).toHaveLength(3);
  });

  it('runs again after a failed pass, and a later request starts a fresh run', async () => {
    let calls = 0;
    const request = createCoalescer(async () => {
      calls++;
      if (calls === 1) throw new Error('boom');
    });
    const a = request('k');
    const b = request('k');
    await expect(a).rejects.toThrow('boom');
    await b;
    expect(calls).toBe(2);
    await request('k');
    expect(calls).toBe(3);
  });
});
