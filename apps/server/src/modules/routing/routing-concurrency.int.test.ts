import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { openAttendance } from '../attendances/index.js';
import { rowsOf } from '../../../test/rows.js';

// SPEC ATT-02: 200 chats at once, 5 agents of capacity 3.
describe('routing under concurrency', () => {
  let t: TestApp;
  let agents: Session[];
  let org: string;
  let channel: { id: string; queueId: string };

  const state = async () =>
    rowsOf(
      await t.database.db.execute(sql`
        select id, status, assignee_id, enqueued_at, code,
               (select count(*)::int from attendance_events e where e.attendance_id = a.id and e.type = 'assigned') as offers
        from attendances a where organization_id = ${org} order by enqueued_at, code`),
    );

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await t.login('admin@demo.local');
    org = admin.me.organizationId;
    channel = ((await admin.inject({ url: '/api/channels' })).json().items as { id: string; queueId: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!;
    agents = [];
    for (let i = 1; i <= 5; i++) {
      const res = await admin.inject({
        method: 'POST',
        url: '/api/users',
        payload: { name: `Agente Carga ${i}`, email: `carga${i}@demo.local`, role: 'agent', password: 'senha-carga-1' },
      });
      expect(res.statusCode).toBe(201);
    }
    const ids = await Promise.all([1, 2, 3, 4, 5].map((i) => t.userId(`carga${i}@demo.local`)));
    const members = await admin.inject({
      method: 'PUT',
      url: `/api/queues/${channel.queueId}/members`,
      payload: { members: ids.map((userId) => ({ userId, capacity: 3 })) },
    });
    expect(members.statusCode).toBe(200);
    for (let i = 1; i <= 5; i++) {
      const s = await t.login(`carga${i}@demo.local`, 'senha-carga-1');
      await s.inject({ method: 'POST', url: '/api/presence/me/login', payload: { kind: 'chat_channel', targetId: channel.id } });
      agents.push(s);
    }
  });
  afterAll(() => t.close());

  it('offers each chat at most once, loses none, never exceeds capacity, and frees up oldest-first', async () => {
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        t.app.platform.tenant.inTenant(org, null, (s) =>
          openAttendance(t.app.platform, s, {
            channelId: channel.id,
            channelType: 'webchat',
            queueId: channel.queueId,
            contact: { name: `Visitante ${i}` },
            contactIdentity: `v-${i}`,
            personId: null,
            priority: 0,
          }),
        ),
      ),
    );
    await expect.poll(async () => (await state()).filter((r) => r.status === 'assigned').length, { timeout: 60_000, interval: 200 }).toBe(15);

    let rows = await state();
    expect(rows).toHaveLength(200);
    expect(rows.every((r) => Number(r.offers) <= 1)).toBe(true);
    const load = new Map<string, number>();
    for (const r of rows.filter((x) => x.status === 'assigned')) load.set(String(r.assignee_id), (load.get(String(r.assignee_id)) ?? 0) + 1);
    expect([...load.values()]).toEqual([3, 3, 3, 3, 3]);
    // The 15 offered are the 15 that arrived first.
    expect(rows.slice(0, 15).every((r) => r.status === 'assigned')).toBe(true);

    // Each agent finishes one: the next five oldest waiting chats are offered, one to each.
    const oldestWaiting = rows
      .filter((r) => r.status === 'waiting')
      .slice(0, 5)
      .map((r) => r.id);
    for (const agent of agents) {
      const [first] = (await agent.inject({ url: '/api/attendances' })).json().items as { id: string }[];
      expect(
        (await agent.inject({ method: 'POST', url: `/api/attendances/${first!.id}/finalize`, payload: { classification: 'Teste de carga' } }))
          .statusCode,
      ).toBe(200);
    }
    await expect.poll(async () => (await state()).filter((r) => r.status === 'assigned').length, { timeout: 30_000, interval: 200 }).toBe(15);
    rows = await state();
    const newlyAssigned = rows.filter((r) => r.status === 'assigned' && Number(r.offers) === 1 && oldestWaiting.includes(r.id)).map((r) => r.id);
    expect(newlyAssigned.sort()).toEqual([...oldestWaiting].sort());
    expect(rows.filter((r) => r.status === 'finished')).toHaveLength(5);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(180);
  }, 180_000); // 200 contacts' worth of transactions: slow on a busy 2-core machine
});
