import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { seedDemo } from './demo.js';
import { rowsOf } from '../../test/rows.js';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds Demo with roles, companies, queues, channels, pause reasons', async () => {
    const admin = await t.login('admin@demo.local');
    const users = (await admin.inject({ url: '/api/users' })).json().items as { email: string; role: string }[];
    expect(Object.fromEntries(users.map((u) => [u.email, u.role]))).toEqual({
      'admin@demo.local': 'admin',
      'supervisor@demo.local': 'supervisor',
      'agente@demo.local': 'agent',
      'agente2@demo.local': 'agent',
    });
    expect((await admin.inject({ url: '/api/companies' })).json().items).toHaveLength(2);
    expect((await admin.inject({ url: '/api/teams' })).json().items.length).toBeGreaterThanOrEqual(1);

    const queues = (await admin.inject({ url: '/api/queues' })).json().items as {
      id: string;
      name: string;
      kind: string;
      direction: string | null;
      members: unknown[];
    }[];
    expect(queues.map(({ name, kind, direction }) => ({ name, kind, direction }))).toEqual(
      expect.arrayContaining([
        { name: 'Suporte', kind: 'voice', direction: 'inbound' },
        { name: 'Vendas', kind: 'voice', direction: 'outbound' },
        { name: 'Atendimento', kind: 'chat', direction: null },
      ]),
    );
    const atendimento = queues.find((q) => q.name === 'Atendimento')!;
    expect(atendimento.members).toHaveLength(2);

    const channels = (await admin.inject({ url: '/api/channels' })).json().items as { name: string; type: string; queueId: string }[];
    expect(channels.map((c) => [c.type, c.queueId]).sort()).toEqual([
      ['telegram', atendimento.id],
      ['webchat', atendimento.id],
      ['whatsapp', atendimento.id],
    ]);
    // Neither the identity-verification secret nor any provider secret is listed (CH-08: masked).
    expect(channels.some((c) => 'secret' in c)).toBe(false);
    expect(JSON.stringify(channels)).not.toMatch(/demo-(whatsapp|telegram)/);

    const reasons = (await admin.inject({ url: '/api/pause-reasons' })).json().items as { name: string }[];
    expect(reasons.map((r) => r.name)).toEqual(['Almoço', 'Banheiro', 'Treinamento']);
  });

  it('seeds Outra with its own admin, and nothing of Demo shows there', async () => {
    const outra = await t.login('admin@outra.local');
    expect(outra.me).toMatchObject({ role: 'admin', organizationName: 'Outra' });
    expect((await outra.inject({ url: '/api/users' })).json().items).toHaveLength(1);
    expect((await outra.inject({ url: '/api/queues' })).json().items).toEqual([]);
  });

  it('runs once: seeding again duplicates nothing', async () => {
    const count = async () =>
      rowsOf(
        await t.database.db.execute(
          sql`select (select count(*) from users)::int as u, (select count(*) from queues)::int as q, (select count(*) from organizations)::int as o`,
        ),
      )[0];
    const before = await count();
    await seedDemo(t.app.platform);
    expect(await count()).toEqual(before);
  });
});

describe('without demo data', () => {
  it('starts with an empty database when seeding is off', async () => {
    const t = await createTestApp({ seed: false });
    try {
      const rows = rowsOf(await t.database.db.execute(sql`select count(*)::int as n from organizations`));
      expect(rows[0]!.n).toBe(0);
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@demo.local', password: 'demo1234' } });
      expect(res.statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});
