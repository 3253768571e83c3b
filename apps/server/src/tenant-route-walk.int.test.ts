import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../test/test-app.js';

// A valid body for each route that takes one, so the walk reaches the handler instead of stopping
// at validation. A new route with a body and no sample here fails the walk: add one.
const SAMPLE_BODIES: Record<string, unknown> = {
  'PATCH /api/users/:id': { name: 'Intruso', role: 'agent' },
  'POST /api/users/:id/password': { password: 'intruso-123' },
  'PATCH /api/teams/:id': { name: 'Intrusos', memberIds: [] },
};
const NO_BODY = new Set(['GET', 'DELETE', 'HEAD']);

type Row = Record<string, unknown>;
const rowsOf = (r: unknown): Row[] => ((r as { rows?: Row[] }).rows ?? (r as Row[]));

// SPEC ORG-01, issue acceptance 3: as a user of "Outra", every route refuses every id of "Demo".
describe('tenant isolation across the whole route table', () => {
  let t: TestApp;
  let outra: Session;
  let demoIds: string[];
  let demoSnapshot: string;

  const snapshot = async (orgId: string) =>
    JSON.stringify(
      await t.app.platform.tenant.inSystem(async (s) => {
        const q = (table: string) => s.tx.execute(sql`select * from ${sql.identifier(table)} where organization_id = ${orgId} order by 1`);
        return { users: rowsOf(await q('users')), teams: rowsOf(await q('teams')), members: rowsOf(await q('team_members')) };
      }),
    );

  beforeAll(async () => {
    t = await createTestApp();
    outra = await t.login('admin@outra.local');
    await t.login('admin@demo.local');
    const demo = await t.orgId('demo');
    demoIds = await t.app.platform.tenant.inSystem(async (s) => {
      const res = await s.tx.execute(sql`
        select id::text as id from users where organization_id = ${demo}
        union all select id::text from teams where organization_id = ${demo}
        union all select id::text from companies where organization_id = ${demo}
        union all select ${demo}::text`);
      return rowsOf(res).map((r) => String(r.id));
    });
    demoSnapshot = await snapshot(demo);
  });
  afterAll(() => t.close());

  const privateRoutes = () =>
    t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.public && r.method !== 'HEAD' && !r.url.startsWith('/api/docs'));

  it('refuses every Demo id on every route with a parameter (404 or 403), and changes nothing', async () => {
    const withParams = privateRoutes().filter((r) => r.url.includes(':'));
    expect(withParams.length).toBeGreaterThanOrEqual(6);
    for (const route of withParams) {
      const key = `${route.method} ${route.url}`;
      const body = SAMPLE_BODIES[key];
      const bodyless = NO_BODY.has(route.method) || /\/(activate|deactivate)$/.test(route.url);
      expect(bodyless || body !== undefined, `add a sample body for ${key}`).toBe(true);
      for (const id of demoIds) {
        const url = route.url.replace(/:[A-Za-z]+/g, id);
        const res = await outra.inject({ method: route.method as 'GET', url, ...(body ? { payload: body } : {}) });
        expect([403, 404], `${key} with ${id} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      }
    }
    expect(await snapshot(await t.orgId('demo'))).toBe(demoSnapshot);
  });

  it('lists nothing of Demo on any parameterless GET', async () => {
    const lists = privateRoutes().filter((r) => r.method === 'GET' && !r.url.includes(':'));
    expect(lists.map((r) => r.url)).toEqual(expect.arrayContaining(['/api/users', '/api/teams', '/api/companies', '/api/auth/me']));
    for (const route of lists) {
      const res = await outra.inject({ url: route.url });
      expect(res.statusCode, route.url).toBe(200);
      for (const id of demoIds) expect(res.body.includes(id), `${route.url} leaks ${id}`).toBe(false);
    }
  });

  it('still serves Demo its own records (the walk above is not vacuous)', async () => {
    const demoAdmin = await t.login('admin@demo.local');
    const users = (await demoAdmin.inject({ url: '/api/users' })).json().items as { id: string }[];
    expect(users.length).toBeGreaterThanOrEqual(4);
    const someone = users.find((u) => u.id !== demoAdmin.me.id)!;
    expect((await demoAdmin.inject({ method: 'PATCH', url: `/api/users/${someone.id}`, payload: { name: 'Renomeado' } })).statusCode).toBe(200);
  });
});
