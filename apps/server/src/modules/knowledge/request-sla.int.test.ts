import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

type Item = { id: string; title: string; categoryId: string };
type Request = { id: string; protocol: string; dueAt: string; late: boolean; status: string };

// SPEC KB-01 "SLA policy — default 7 calendar days, the SAC deadline": a request type counts either
// calendar days or one of the organization's SLA policies (the attendances' calculator), and the
// "Solicitações" list says "Atrasada" past it.
describe('request types: SLA by calendar days or by an SLA policy', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let outra: Session;
  let anon: Item;
  let policyId: string;

  /** Only Date is fixed: timers, sockets and the database driver keep running. */
  const at = (iso: string) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
  };
  const register = async () => {
    const a = await agent.inject({ method: 'POST', url: '/api/attendances', payload: { personId: null } });
    expect(a.statusCode, a.body).toBe(201);
    const res = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${a.json().id}/requests`,
      payload: { requestTypeId: anon.id, description: 'Cliente sem sinal' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Request;
  };
  const setType = async (payload: object) => {
    const res = await admin.inject({ method: 'PATCH', url: `/api/knowledge/items/${anon.id}`, payload });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const list = async (query: string) => (await admin.inject({ url: `/api/requests?${query}` })).json().items as Request[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    outra = await t.login('admin@outra.local');
    anon = ((await admin.inject({ url: '/api/knowledge/tree' })).json().items as Item[]).find((i) => i.title === 'Reclamação anônima')!;
    // Six business hours in the demo calendar (Mon–Fri 08–18, Sat 08–12, São Paulo); policies are
    // unique per classification and process, so these name processes of their own.
    const process = async (name: string) => (await admin.inject({ method: 'POST', url: '/api/processes', payload: { name } })).json().id as string;
    const policy = await admin.inject({
      method: 'POST',
      url: '/api/sla-policies',
      payload: { name: 'Solicitações 6h úteis', resolutionMinutes: 360, processId: await process('Solicitações') },
    });
    expect(policy.statusCode, policy.body).toBe(201);
    policyId = policy.json().id;
  });
  afterEach(() => vi.useRealTimers());
  afterAll(() => t.close());

  it('counts calendar days when no policy is chosen (7 by default)', async () => {
    expect(anon).toMatchObject({ slaDays: 7, slaPolicyId: null });
    at('2026-12-04T20:00:00Z');
    expect((await register()).dueAt).toBe('2026-12-11T20:00:00.000Z');
    await setType({ slaDays: 2 });
    expect((await register()).dueAt).toBe('2026-12-06T20:00:00.000Z');
  });

  it('follows a business-hours policy across the night and the weekend', async () => {
    expect((await setType({ slaPolicyId: policyId })).slaPolicyId).toBe(policyId);
    // Friday 17:00 São Paulo: 1 h on Friday, 4 h on Saturday morning, 1 h on Monday → Monday 09:00.
    at('2026-12-04T20:00:00Z');
    const r = await register();
    expect(r.dueAt).toBe('2026-12-07T12:00:00.000Z');
    expect(r.late).toBe(false);
    // Monday 09:30: late, listed under "Atrasada"; answered, it is no longer late.
    at('2026-12-07T12:30:00Z');
    expect((await list('late=true')).map((x) => x.id)).toContain(r.id);
    expect((await list('late=false')).map((x) => x.id)).not.toContain(r.id);
    const detail = await admin.inject({ url: `/api/requests/${r.id}` });
    expect(detail.json()).toMatchObject({ dueAt: r.dueAt, late: true });
    await admin.inject({ method: 'PATCH', url: `/api/requests/${r.id}`, payload: { status: 'answered' } });
    expect((await list('late=true')).map((x) => x.id)).not.toContain(r.id);
    expect((await list('late=false')).map((x) => x.id)).toContain(r.id);
  });

  it('an inactive policy is refused, and a policy deactivated later falls back to the days', async () => {
    const other = await admin.inject({
      method: 'POST',
      url: '/api/sla-policies',
      payload: { name: 'Inativa', resolutionMinutes: 60, active: false, processId: null },
    });
    expect(
      (await admin.inject({ method: 'PATCH', url: `/api/knowledge/items/${anon.id}`, payload: { slaPolicyId: other.json().id } })).json().error.code,
    ).toBe('SLA_POLICY_NOT_FOUND');
    // Another organization's policy does not exist here.
    const foreign = await outra.inject({ method: 'POST', url: '/api/sla-policies', payload: { name: 'Da Outra', resolutionMinutes: 60 } });
    expect(
      (await admin.inject({ method: 'PATCH', url: `/api/knowledge/items/${anon.id}`, payload: { slaPolicyId: foreign.json().id } })).statusCode,
    ).toBe(404);
    await setType({ slaPolicyId: policyId, slaDays: 3 });
    await admin.inject({ method: 'PATCH', url: `/api/sla-policies/${policyId}`, payload: { active: false } });
    at('2026-12-04T20:00:00Z');
    expect((await register()).dueAt).toBe('2026-12-07T20:00:00.000Z');
  });
});
