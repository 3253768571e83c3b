import { max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { attendances } from '../../db/schema/attendances.js';

// Issue item: the attendance code counts per organization, so one tenant's codes say nothing of another's volume.
describe('attendance codes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const create = async (slug: 'demo' | 'outra') => {
    const org = await t.orgId(slug);
    return t.app.platform.tenant.inTenant(org, null, async (s) => {
      const [row] = await s.tx
        .insert(attendances)
        .values({ organizationId: org, contact: { name: 'Código' } })
        .returning({ code: attendances.code });
      return row!.code;
    });
  };
  const highest = async (slug: 'demo' | 'outra') => {
    const org = await t.orgId(slug);
    return t.app.platform.tenant.inTenant(org, null, async (s) => (await s.tx.select({ n: max(attendances.code) }).from(attendances))[0]!.n ?? 0);
  };

  it("counts per organization: three codes in one do not advance the other's", async () => {
    const before = await highest('outra');
    const a = [await create('demo'), await create('demo'), await create('demo')];
    expect(a[1]).toBe(a[0]! + 1);
    expect(a[2]).toBe(a[0]! + 2);
    expect(await create('outra')).toBe(before + 1);
    expect(await create('demo')).toBe(a[2]! + 1);
  });

  it('gives concurrent creations distinct, consecutive codes', async () => {
    const start = await highest('outra');
    const codes = await Promise.all(Array.from({ length: 20 }, () => create('outra')));
    expect([...codes].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => start + 1 + i));
  });
});
