import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import type { Scope } from '../db/tenant.js';
import type { Events } from './events.js';
import { rowsOf } from '../../../test/rows.js';

const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

// The bus itself is under test, with events of its own that the domain map (packages/shared) does
// not know: a loosely typed view of the same bus.
type TestEvent = { id: number; organizationId: string; type: string; actorId: string | null; payload: unknown; createdAt: Date };
type TestBus = Pick<Events, 'sweep'> & {
  emit(scope: Scope, type: string, payload: Record<string, unknown>): Promise<number>;
  on(type: string, name: string, listener: (event: TestEvent) => void): void;
};

// ARCHITECTURE §3: events are written in the transaction that causes them and run after commit.
describe('transactional outbox', () => {
  let t: TestApp;
  let orgId: string;
  const seen: TestEvent[] = [];
  let bus: TestBus;
  const steady: number[] = [];
  let flaky = 0;

  const eventRow = async (id: number) =>
    rowsOf(await t.database.db.execute(sql`select dispatched_at, attempts from domain_events where id = ${id}`))[0];

  beforeAll(async () => {
    // The retry is driven by the test's own sweeps: a long delay keeps the background sweeper from
    // retrying first on a slow machine.
    t = await createTestApp({ config: { eventRetryDelaySeconds: 60 } });
    bus = t.app.platform.events as unknown as TestBus;
    bus.on('test.ping', 'test.counter', (e) => {
      seen.push(e);
    });
    bus.on('test.flaky', 'test.steady', (e) => {
      steady.push(e.id);
    });
    bus.on('test.flaky', 'test.flaky', () => {
      flaky++;
      if (flaky === 1) throw new Error('first attempt fails');
    });
    orgId = await t.orgId('demo');
  });
  afterAll(() => t.close());

  it('a rolled-back transaction leaves no event and runs no listener', async () => {
    let eventId = 0;
    await expect(
      t.app.platform.tenant.inTenant(orgId, null, async (s) => {
        eventId = await bus.emit(s, 'test.ping', { n: 1 });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(eventId).toBeGreaterThan(0);
    expect(await eventRow(eventId)).toBeUndefined();
    await bus.sweep(later(3600));
    expect(seen.some((e) => e.id === eventId)).toBe(false);
  });

  it('a committed event runs its listener exactly once, even with sweepers racing the fast path', async () => {
    const actor = await t.userId('admin@demo.local');
    const eventId = await t.app.platform.tenant.inTenant(orgId, actor, (s) => bus.emit(s, 'test.ping', { n: 2 }));
    // Sweepers on "other instances" try the same event at the same moment.
    await Promise.all([bus.sweep(later(3600)), bus.sweep(later(3600))]);
    await expect.poll(async () => Boolean((await eventRow(eventId))?.dispatched_at), { timeout: 10_000 }).toBe(true);
    await bus.sweep(later(3600));
    const mine = seen.filter((e) => e.id === eventId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ type: 'test.ping', organizationId: orgId, actorId: actor, payload: { n: 2 } });
  });

  it('retries a failing listener later, without running the ones that succeeded again', async () => {
    const eventId = await t.app.platform.tenant.inTenant(orgId, null, (s) => bus.emit(s, 'test.flaky', {}));
    await expect.poll(async () => Number((await eventRow(eventId))?.attempts), { timeout: 10_000 }).toBe(1);
    expect((await eventRow(eventId))?.dispatched_at).toBeNull();
    expect(await bus.sweep(new Date())).toBe(0); // backing off
    await bus.sweep(later(600));
    expect((await eventRow(eventId))?.dispatched_at).toBeTruthy();
    expect(flaky).toBe(2);
    expect(steady.filter((id) => id === eventId)).toHaveLength(1);
  });
});

describe('jobs (pg-boss)', () => {
  let t: TestApp;
  const handled: string[] = [];
  let resolveHandled: (() => void) | undefined;

  beforeAll(async () => {
    t = await createTestApp({ start: false });
    t.app.platform.jobs.register<{ tag: string }>('test.job', async ({ tag }) => {
      handled.push(tag);
      resolveHandled?.();
    });
    await t.app.platform.start();
  });
  afterAll(() => t.close());

  it('enqueues inside the caller’s transaction: rollback → no job; commit → processed once', async () => {
    const orgId = await t.orgId('demo');
    await expect(
      t.app.platform.tenant.inTenant(orgId, null, async (s) => {
        await t.app.platform.jobs.sendInTx(s, 'test.job', { tag: 'rolled-back' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const jobs = async (tag: string) =>
      rowsOf(await t.database.db.execute(sql`select state from pgboss.job where name = 'test.job' and data->>'tag' = ${tag}`));
    expect(await jobs('rolled-back')).toEqual([]);

    const done = new Promise<void>((r) => (resolveHandled = r));
    await t.app.platform.tenant.inTenant(orgId, null, (s) => t.app.platform.jobs.sendInTx(s, 'test.job', { tag: 'committed' }));
    await done;
    await expect.poll(async () => (await jobs('committed')).map((j) => j.state), { timeout: 10_000 }).toEqual(['completed']);
    expect(handled).toEqual(['committed']);
  });
});
