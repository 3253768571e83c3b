import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { describe, expect, it } from 'vitest';
import { orderByDependencies, pluginMeta } from '../platform/plugin-order.js';
import { modules } from './index.js';

const plugin = (name: string, dependencies: string[] = []) => fp(async () => {}, { name, dependencies, encapsulate: true });
const namesOf = (list: readonly object[]) => list.map((p) => pluginMeta(p).name);

/** Deterministic shuffles (a seeded LCG): the same run every time, many orders covered. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// Issue item 28: modules declare names and dependencies instead of relying on the array's order.
describe('module plugin order', () => {
  it('every module declares a name, and the list in app.ts is already in a valid order', () => {
    expect(namesOf(modules).every((n) => n?.startsWith('atende-'))).toBe(true);
    expect(namesOf(orderByDependencies(modules))).toEqual(namesOf(modules));
  });

  it('orders any shuffle of the modules so each comes after what it depends on', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const ordered = orderByDependencies(shuffled(modules, seed));
      const seen = new Set<string>();
      for (const p of ordered) {
        const { name, dependencies = [] } = pluginMeta(p);
        expect(
          dependencies.filter((d) => !seen.has(d)),
          `${name} in shuffle ${seed}`,
        ).toEqual([]);
        seen.add(name!);
      }
      expect(seen.size).toBe(modules.length);
    }
  });

  it('registers a reversed list with Fastify once ordered; unordered, Fastify refuses it', async () => {
    const list = [plugin('atende-a'), plugin('atende-b', ['atende-a']), plugin('atende-c', ['atende-b', 'atende-a'])].reverse();
    const ordered = Fastify();
    for (const p of orderByDependencies(list)) await ordered.register(p);
    await expect(ordered.ready()).resolves.toBeDefined();
    await ordered.close();

    const unordered = Fastify();
    await expect(async () => {
      for (const p of list) await unordered.register(p);
    }).rejects.toThrow(/atende-b.*not registered|not registered.*atende-b/);
    await unordered.close().catch(() => {});
  });

  it('fails with the names when a dependency is missing or plugins depend on each other', () => {
    expect(() => orderByDependencies([plugin('atende-routing', ['atende-presence'])])).toThrow(
      'module plugin atende-routing depends on atende-presence, which is not registered',
    );
    expect(() => orderByDependencies([plugin('atende-x', ['atende-y']), plugin('atende-y', ['atende-x'])])).toThrow('in a cycle: atende-x, atende-y');
    expect(() => orderByDependencies([async () => {}])).toThrow('has no name');
  });
});
