import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { rememberIdentity } from '../persons/index.js';

type Item = { id: string; title: string };

// SPEC PER-04 "Histórico" tabs and PLT-05 public lookup by protocol + CPF/CNPJ.
describe('a person’s history and the public protocol lookup', () => {
  let t: TestApp;
  let agent: Session;
  let other: Session;
  let supervisor: Session;
  let outra: Session;
  let person: { id: string };
  let attendance: { id: string; protocol: string };
  let request: { id: string; protocol: string };
  const CPF = '529.982.247-25';
  const lookup = (protocol: string, document: string) =>
    t.app.inject({ method: 'POST', url: '/api/public/protocol-lookup', payload: { protocol, document } });

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login('agente@demo.local');
    other = await t.login('agente2@demo.local');
    supervisor = await t.login('supervisor@demo.local');
    outra = await t.login('admin@outra.local');
    const created = await agent.inject({ method: 'POST', url: '/api/persons', payload: { type: 'PF', name: 'Maria Cliente', document: CPF } });
    expect(created.statusCode, created.body).toBe(201);
    person = created.json();
    const started = await agent.inject({ method: 'POST', url: '/api/attendances', payload: { personId: person.id } });
    expect(started.statusCode, started.body).toBe(201);
    attendance = started.json();
    const items = (await agent.inject({ url: '/api/knowledge/tree' })).json().items as Item[];
    const type = items.find((i) => i.title === 'Visita técnica')!;
    const reg = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${attendance.id}/requests`,
      payload: { requestTypeId: type.id, description: 'Internet cai à noite' },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    request = reg.json();
    // Staff-only things the public page must never show.
    await agent.inject({
      method: 'POST',
      url: `/api/attendances/${attendance.id}/messages`,
      payload: { body: 'NOTA-INTERNA-SIGILOSA', internal: true },
    });
    await supervisor.inject({ method: 'POST', url: `/api/requests/${request.id}/comments`, payload: { body: 'COMENTARIO-DA-EQUIPE' } });
    const demo = await t.orgId('demo');
    await t.app.platform.tenant.inTenant(demo, null, async (s) => {
      await rememberIdentity(s, person.id, 'whatsapp', '+5511987654321');
      await rememberIdentity(s, person.id, 'telegram', '777000111');
    });
  });
  afterAll(() => t.close());

  it('"Atendimentos" and "Solicitações" list the person’s attendance and request by protocol', async () => {
    const atts = (await agent.inject({ url: `/api/persons/${person.id}/attendances` })).json().items as { id: string; protocol: string }[];
    expect(atts.map((a) => a.protocol)).toEqual([attendance.protocol]);
    const reqs = await agent.inject({ url: `/api/persons/${person.id}/requests` });
    expect(reqs.statusCode, reqs.body).toBe(200);
    expect(reqs.json().items.map((r: { protocol: string; title: string }) => [r.protocol, r.title])).toEqual([[request.protocol, 'Visita técnica']]);
    // The agent serving the person opens the request by its protocol.
    expect((await agent.inject({ url: `/api/requests/${request.id}` })).json().protocol).toBe(request.protocol);
  });

  it('an agent not serving the person sees only the requests their own access allows', async () => {
    expect((await other.inject({ url: `/api/persons/${person.id}/requests` })).json().items).toEqual([]);
    expect((await other.inject({ url: `/api/requests/${request.id}` })).statusCode).toBe(404);
    expect((await supervisor.inject({ url: `/api/persons/${person.id}/requests` })).json().items).toHaveLength(1);
  });

  it('"Redes Sociais" lists the channel identities; "Agendamentos" is empty without call-backs', async () => {
    const ids = (await agent.inject({ url: `/api/persons/${person.id}/identities` })).json().items as { channelType: string; identity: string }[];
    expect(ids.map((i) => [i.channelType, i.identity]).sort()).toEqual([
      ['telegram', '777000111'],
      ['whatsapp', '+5511987654321'],
    ]);
    const schedules = await agent.inject({ url: `/api/persons/${person.id}/schedules` });
    expect(schedules.statusCode, schedules.body).toBe(200);
    expect(schedules.json().items).toEqual([]);
  });

  it('another organization reads none of the history tabs', async () => {
    for (const tab of ['attendances', 'requests', 'identities', 'schedules', 'visits']) {
      const res = await outra.inject({ url: `/api/persons/${person.id}/${tab}` });
      expect([res.statusCode, res.json().error?.code], tab).toEqual([404, 'PERSON_NOT_FOUND']);
    }
  });

  it('the public lookup answers protocol + CPF with the status, dates and public steps only', async () => {
    const byAttendance = await lookup(attendance.protocol, '52998224725');
    expect(byAttendance.statusCode, byAttendance.body).toBe(200);
    expect(byAttendance.json()).toMatchObject({ kind: 'attendance', protocol: attendance.protocol, status: 'in_progress', title: null });
    expect(byAttendance.json().steps.map((s: { step: string }) => s.step)).toEqual(['opened', 'in_service']);
    const byRequest = await lookup(request.protocol, CPF);
    expect(byRequest.json()).toMatchObject({ kind: 'request', protocol: request.protocol, status: 'open', title: 'Visita técnica' });
    for (const body of [byAttendance.body, byRequest.body]) {
      expect(body).not.toContain('NOTA-INTERNA');
      expect(body).not.toContain('COMENTARIO-DA-EQUIPE');
      expect(body).not.toContain('Alice');
      expect(body).not.toContain('Internet cai');
    }
  });

  it('a wrong document and an unknown protocol get the same 404; too many tries are limited', async () => {
    const wrongDoc = await lookup(request.protocol, '111.444.777-35');
    const unknown = await lookup('2099-9999999999', CPF);
    expect(wrongDoc.statusCode).toBe(404);
    expect(wrongDoc.json()).toEqual(unknown.json());
    expect(unknown.json().error.code).toBe('PROTOCOL_LOOKUP_NOT_FOUND');
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) status = (await lookup(request.protocol, CPF)).statusCode;
    expect(status).toBe(429);
  });

  it('every tab pages newest first with its total, like the console’s other lists', async () => {
    // Two more attendances of the person (the first one is still open with the same agent).
    const more: { id: string; protocol: string }[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await supervisor.inject({ method: 'POST', url: '/api/attendances', payload: { personId: person.id } });
      expect(res.statusCode, res.body).toBe(201);
      more.push(res.json());
    }
    const page = async (s: Session, tab: string, query: string) => {
      const res = await s.inject({ url: `/api/persons/${person.id}/${tab}?${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: { protocol: string }[]; total: number; page: number; pageSize: number };
    };
    const first = await page(supervisor, 'attendances', 'page=1&pageSize=2');
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((a) => a.protocol)).toEqual([more[1]!.protocol, more[0]!.protocol]);
    const second = await page(supervisor, 'attendances', 'page=2&pageSize=2');
    expect(second.items.map((a) => a.protocol)).toEqual([attendance.protocol]);
    expect((await page(supervisor, 'attendances', 'page=3&pageSize=2')).items).toEqual([]);

    const type = ((await agent.inject({ url: '/api/knowledge/tree' })).json().items as Item[]).find((i) => i.title === 'Visita técnica')!;
    const newer = await supervisor.inject({
      method: 'POST',
      url: `/api/attendances/${more[1]!.id}/requests`,
      payload: { requestTypeId: type.id, description: 'Sem sinal de manhã' },
    });
    expect(newer.statusCode, newer.body).toBe(201);
    const reqs = await page(supervisor, 'requests', 'pageSize=1');
    expect(reqs).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(reqs.items.map((r) => r.protocol)).toEqual([newer.json().protocol]);
    expect((await page(supervisor, 'requests', 'page=2&pageSize=1')).items.map((r) => r.protocol)).toEqual([request.protocol]);
    // The agent who does not serve the person counts only what they may read.
    expect(await page(other, 'requests', 'page=1')).toMatchObject({ items: [], total: 0 });
    expect(await page(agent, 'schedules', 'page=1')).toMatchObject({ items: [], total: 0, page: 1, pageSize: 20 });

    for (const bad of ['pageSize=0', 'pageSize=101', 'page=0', 'page=x']) {
      const res = await agent.inject({ url: `/api/persons/${person.id}/attendances?${bad}` });
      expect([res.statusCode, res.json().error.code], bad).toEqual([400, 'VALIDATION_FAILED']);
    }
  });

  it('"Agendamentos" lists the visits of the person’s service orders, the latest first, paged, with the protocol', async () => {
    const order = async (body: object) => {
      const res = await supervisor.inject({ method: 'POST', url: `/api/attendances/${attendance.id}/service-orders`, payload: body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; code: number };
    };
    const unscheduled = await order({ description: 'Trocar o modem' });
    const scheduled = await order({
      description: 'Visita técnica',
      status: 'scheduled',
      scheduledAt: '2099-01-10T13:00:00.000Z',
      address: { street: 'Rua das Flores', number: '10', city: 'São Paulo', state: 'SP' },
    });
    const removed = await order({ description: 'Lançada por engano' });
    expect((await supervisor.inject({ method: 'DELETE', url: `/api/service-orders/${removed.id}` })).statusCode).toBe(204);

    const res = await agent.inject({ url: `/api/persons/${person.id}/visits` });
    expect(res.statusCode, res.body).toBe(200);
    const visits = res.json();
    expect(visits).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(
      visits.items.map((v: { code: number; status: string; protocol: string; scheduledAt: string | null }) => [
        v.code,
        v.status,
        v.protocol,
        v.scheduledAt,
      ]),
    ).toEqual([
      [scheduled.code, 'scheduled', attendance.protocol, '2099-01-10T13:00:00.000Z'],
      [unscheduled.code, 'unscheduled', attendance.protocol, null],
    ]);
    expect(visits.items[0].address).toMatchObject({ street: 'Rua das Flores', city: 'São Paulo' });
    const second = (await agent.inject({ url: `/api/persons/${person.id}/visits?page=2&pageSize=1` })).json();
    expect([second.total, second.items.map((v: { code: number }) => v.code)]).toEqual([2, [unscheduled.code]]);
  });
});
