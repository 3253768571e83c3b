import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { rowsOf } from '../../../test/rows.js';

// SPEC ORG-01: isolation is defended by PostgreSQL itself, not only by each query's filter.
describe('row-level security', () => {
  let t: TestApp;
  let tenantTables: string[];
  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.database.db.execute(sql`
      select c.table_name as name from information_schema.columns c
      join information_schema.tables tb on tb.table_name = c.table_name and tb.table_schema = c.table_schema
      where c.table_schema = 'public' and c.column_name = 'organization_id' and tb.table_type = 'BASE TABLE'
      order by 1`);
    tenantTables = [...rowsOf(res).map((r) => String(r.name)), 'organizations'];
  });
  afterAll(() => t.close());

  it('has RLS enabled with a policy on every table that holds organization rows', async () => {
    expect(tenantTables).toEqual(
      expect.arrayContaining(['users', 'teams', 'team_members', 'companies', 'sessions', 'domain_events', 'organizations']),
    );
    const res = await t.database.db.execute(sql`
      select c.relname as name, c.relrowsecurity as rls, count(p.polname)::int as policies
      from pg_class c left join pg_policy p on p.polrelid = c.oid
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' group by 1, 2`);
    const byName = new Map(rowsOf(res).map((r) => [String(r.name), r]));
    for (const table of tenantTables) {
      expect(byName.get(table), table).toMatchObject({ rls: true });
      expect(Number(byName.get(table)!.policies), table).toBeGreaterThan(0);
    }
  });

  it('a tenant transaction reads no row of another organization, even with no WHERE at all', async () => {
    const demo = await t.orgId('demo');
    const outra = await t.orgId('outra');
    await t.login('admin@demo.local'); // a session row for Demo exists too
    for (const table of tenantTables) {
      const column = table === 'organizations' ? 'id' : 'organization_id';
      const seen = await t.app.platform.tenant.inTenant(outra, null, async (s) =>
        rowsOf(await s.tx.execute(sql`select ${sql.identifier(column)}::text as org from ${sql.identifier(table)}`)),
      );
      expect(
        seen.every((r) => r.org === outra),
        `${table} leaked rows of another organization`,
      ).toBe(true);
      const demoCount = await t.app.platform.tenant.inSystem(async (s) =>
        rowsOf(await s.tx.execute(sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${demo}`)),
      );
      if (['users', 'teams', 'companies', 'organizations'].includes(table)) expect(Number(demoCount[0]!.n), table).toBeGreaterThan(0);
    }
  });

  it('a tenant transaction cannot write a row into another organization', async () => {
    const demo = await t.orgId('demo');
    const outra = await t.orgId('outra');
    await expect(
      t.app.platform.tenant.inTenant(outra, null, (s) => s.tx.execute(sql`insert into teams (organization_id, name) values (${demo}, 'intrusa')`)),
    ).rejects.toThrow();
    await expect(
      t.app.platform.tenant
        .inTenant(outra, null, (s) => s.tx.execute(sql`update users set name = 'x' where organization_id = ${demo} returning id`))
        .then(rowsOf),
    ).resolves.toEqual([]);
  });

  it('runs tenant transactions as a role that is not a superuser and cannot bypass RLS', async () => {
    const outra = await t.orgId('outra');
    const [role] = await t.app.platform.tenant.inTenant(outra, null, async (s) =>
      rowsOf(
        await s.tx.execute(
          sql`select current_user as name, r.rolsuper as super, r.rolbypassrls as bypass from pg_roles r where r.rolname = current_user`,
        ),
      ),
    );
    expect(role).toEqual({ name: 'atende_app', super: false, bypass: false });
  });
});
