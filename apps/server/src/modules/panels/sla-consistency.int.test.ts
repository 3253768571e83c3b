import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { attendances } from '../../db/schema/attendances.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// SPEC PAN-04, PAN-07: an SLA is late from the instant its due time passes, in every view at once —
// "Abertos hoje" (its SLA column), "Abertos com SLA atrasado", "Atrasados nas últimas 24 horas" and
// the synthetic view all judge the stored due time against the same request's "now".
type Row = Record<string, unknown> & { id: string };

describe('SLA lateness is the same in every panel view at the same instant', () => {
  let t: TestApp;
  let sup: Session;
  let id: string;
  // A fixed instant shortly ahead of the real clock (sessions stay valid), on a whole second.
  const due = new Date(Math.ceil((Date.now() + 10 * 60_000) / 1000) * 1000);

  beforeAll(async () => {
    t = await createTestApp();
    sup = await t.login('supervisor@demo.local');
    const org = await t.orgId('demo');
    id = await t.app.platform.tenant.inTenant(org, null, async (s) => {
      const [row] = await s.tx
        .insert(attendances)
        .values({
          organizationId: org,
          status: 'in_progress',
          contact: { name: 'Prazo no limite' },
          createdAt: new Date(due.getTime() - 60_000),
          slaMode: 'calendar',
          slaDueAt: due,
        })
        .returning({ id: attendances.id });
      return row!.id;
    });
  });
  afterEach(() => vi.useRealTimers());
  afterAll(() => t.close());

  /** Only Date is fixed: timers, sockets and the database driver keep running. */
  const at = (instant: Date) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(instant);
  };
  const rows = async (view: string, query = '') => {
    const res = await sup.inject({ url: `/api/panels/${view}?pageSize=500&listAll=1&columns=code,slaState${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().rows as Row[];
  };
  const pivotLate = async () => {
    const res = await sup.inject({
      method: 'POST',
      url: '/api/panels/pivot',
      payload: { rows: ['slaState'], filter: { kind: 'period', value: '' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const views = async () => ({
    todayState: (await rows('open/today')).find((r) => r.id === id)?.slaState,
    inSlaLate: (await rows('open/sla_late')).some((r) => r.id === id),
    inLate24h: (await rows('late/h24')).some((r) => r.id === id),
  });

  it('is on time in all three views up to the due time itself', async () => {
    at(due);
    expect(await views()).toEqual({ todayState: 'on_time', inSlaLate: false, inLate24h: false });
  });

  it('is late in all three views one millisecond after the due time', async () => {
    at(new Date(due.getTime() + 1));
    expect(await views()).toEqual({ todayState: 'late', inSlaLate: true, inLate24h: true });
  });

  it('counts it late in the synthetic view at that same instant', async () => {
    at(new Date(due.getTime() - 1));
    const before = JSON.stringify(await pivotLate());
    at(new Date(due.getTime() + 1));
    const after = JSON.stringify(await pivotLate());
    expect(before).not.toEqual(after);
  });
});
