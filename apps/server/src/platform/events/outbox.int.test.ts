import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { DISPATCH_QUEUE, type DomainEvent } from './events.js';

type Row = Record<string, unknown>;
const rowsOf = (r: unknown): Row[] => ((r as { rows?: Row[] }).rows ?? (r as Row[]));

// ARCHITECTURE §3: events are written in the transaction that causes them and run after commit.
describe('transactional outbox and jobs', () => {
  let t: TestApp;
  let orgId: string;
  const seen: DomainEvent[] = [];
  let flaky = 0;

  const jobsFor = async (eventId: number) =>
    rowsOf(await t.database.db.execute(sql`select state from pgboss.job where name = ${DISPATCH_QUEUE} and (data->>'eventId')::bigint = ${eventId}`));

  beforeAll(async () => {
    // The durable job is due at once, so it races the in-process dispatch: exactly-once must still hold.
    t = await createTestApp({ config: { eventDispatchDelaySeconds: 0, eventRetryDelaySeconds: 1 } });
    t.app.platform.events.on('test.ping', 'test.counter', (e) => {
      seen.push(e);
    });
    t.app.platform.events.on('test.flaky', 'test.flaky', () => {
      flaky++;
      if (flaky === 1) throw new Error('first attempt fails');
    });
    orgId = await t.orgId('demo');
  });
  afterAll(() => t.close());

  it('a rolled-back transaction leaves no event and no job', async () => {
    const before = rowsOf(await t.database.db.execute(sql`select count(*)::int as n from pgboss.job where name = ${DISPATCH_QUEUE}`))[0]!.n;
    let eventId = 0;
    await expect(
      t.app.platform.tenant.inTenant(orgId, null, async (s) => {
        eventId = await t.app.platform.events.emit(s, 'test.ping', { n: 1 });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(eventId).toBeGreaterThan(0);
    const events = rowsOf(await t.database.db.execute(sql`select id from domain_events where id = ${eventId}`));
    expect(events).toEqual([]);
    expect(await jobsFor(eventId)).toEqual([]);
    const after = rowsOf(await t.database.db.execute(sql`select count(*)::int as n from pgboss.job where name = ${DISPATCH_QUEUE}`))[0]!.n;
    expect(after).toBe(before);
    expect(seen.some((e) => e.id === eventId)).toBe(false);
  });

  it('a committed event runs its listener exactly once, after the durable job also completes', async () => {
    const actor = await t.userId('admin@demo.local');
    const eventId = await t.app.platform.tenant.inTenant(orgId, actor, (s) => t.app.platform.events.emit(s, 'test.ping', { n: 2 }));
    await vi.waitFor(async () => expect((await jobsFor(eventId)).map((j) => j.state)).toEqual(['completed']), { timeout: 20_000, interval: 100 });
    const mine = seen.filter((e) => e.id === eventId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ type: 'test.ping', organizationId: orgId, actorId: actor, payload: { n: 2 } });
  });

  it('retries a failing listener through the job until it succeeds', async () => {
    const eventId = await t.app.platform.tenant.inTenant(orgId, null, (s) => t.app.platform.events.emit(s, 'test.flaky', {}));
    await vi.waitFor(
      async () => {
        const [row] = rowsOf(await t.database.db.execute(sql`select done_at, attempts from event_deliveries where event_id = ${eventId}`));
        expect(row?.done_at).toBeTruthy();
      },
      { timeout: 30_000, interval: 200 },
    );
    expect(flaky).toBe(2);
  });
});
