import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

type Item = { id: string; title: string; kind: string };
type Request = {
  id: string;
  protocol: string;
  title: string;
  status: string;
  personId: string | null;
  personName: string | null;
  teamId: string | null;
  dueAt: string;
  createdAt: string;
};
const DAY = 86_400_000;

// SPEC KB-03 "Registrar Solicitação", ATT-07: requests with their own protocol and lifecycle.
describe('requests: registered in an attendance, own protocol, the responsible team’s list', () => {
  let t: TestApp;
  let admin: Session;
  let supervisor: Session;
  let agent: Session;
  let other: Session;
  let outra: Session;
  let items: Item[];
  let teamId: string;

  const item = (title: string) => items.find((i) => i.title === title)!;
  const start = async () => {
    const res = await agent.inject({ method: 'POST', url: '/api/attendances', payload: { personId: null } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; protocol: string };
  };
  const register = (attendanceId: string, title: string, description = 'Cliente relata lentidão à noite') =>
    agent.inject({ method: 'POST', url: `/api/attendances/${attendanceId}/requests`, payload: { requestTypeId: item(title).id, description } });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    supervisor = await t.login('supervisor@demo.local');
    agent = await t.login('agente@demo.local');
    other = await t.login('agente2@demo.local');
    outra = await t.login('admin@outra.local');
    items = (await agent.inject({ url: '/api/knowledge/tree' })).json().items as Item[];
    // "Visita técnica" is answered by a team Bruno belongs to.
    const team = await admin.inject({ method: 'POST', url: '/api/teams', payload: { name: 'Campo', memberIds: [other.me.id] } });
    expect(team.statusCode, team.body).toBe(201);
    teamId = team.json().id;
    const patch = await admin.inject({ method: 'PATCH', url: `/api/knowledge/items/${item('Visita técnica').id}`, payload: { teamId } });
    expect(patch.statusCode, patch.body).toBe(200);
  });
  afterAll(() => t.close());

  it('an identified type without a linked person is refused with the seed’s message', async () => {
    const a = await start();
    const res = await register(a.id, 'Visita técnica');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'REQUEST_PERSON_REQUIRED',
      message: 'Não é possível registrar uma solicitação identificada sem uma pessoa vinculada.',
    });
    const empty = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${a.id}/requests`,
      payload: { requestTypeId: item('Reclamação anônima').id, description: '  ' },
    });
    expect(empty.statusCode).toBe(400);
    expect((await agent.inject({ url: `/api/attendances/${a.id}/knowledge` })).json().requests).toEqual([]);
  });

  it('with a person: its own protocol (the attendances’ format and counter), 7 days SLA, listed in "Finalizar"', async () => {
    const a = await start();
    const person = await agent.inject({
      method: 'POST',
      url: '/api/persons',
      payload: { type: 'PF', name: 'Maria Cliente', document: '529.982.247-25', emails: [], phones: [] },
    });
    expect(person.statusCode, person.body).toBe(201);
    expect((await agent.inject({ method: 'POST', url: `/api/attendances/${a.id}/person`, payload: { personId: person.json().id } })).statusCode).toBe(
      200,
    );
    const res = await register(a.id, 'Visita técnica');
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json() as Request;
    expect(r).toMatchObject({ title: 'Visita técnica', status: 'open', personName: 'Maria Cliente', teamId });
    expect(r.protocol).toMatch(/^\d{4}-\d{10}$/);
    // One counter for attendances and requests: the request's number follows the attendance's.
    expect(Number(r.protocol.slice(5))).toBe(Number(a.protocol.slice(5)) + 1);
    expect(Date.parse(r.dueAt) - Date.parse(r.createdAt)).toBeGreaterThanOrEqual(7 * DAY - 1000);
    expect(Date.parse(r.dueAt) - Date.parse(r.createdAt)).toBeLessThanOrEqual(7 * DAY + 1000);
    const anon = await register(a.id, 'Reclamação anônima', 'Atendente anterior foi grosseiro');
    expect(anon.json()).toMatchObject({ personId: null, personName: null });
    const summary = (await agent.inject({ url: `/api/attendances/${a.id}/knowledge` })).json();
    expect(summary.requests.map((x: Request) => x.protocol)).toEqual([r.protocol, anon.json().protocol]);
    const events = (await agent.inject({ url: `/api/attendances/${a.id}` })).json().events as { type: string; data: { protocol?: string } }[];
    expect(events.filter((e) => e.type === 'request_registered').map((e) => e.data.protocol)).toEqual([r.protocol, anon.json().protocol]);
    // The person's requests (PER-04 "Solicitações").
    const byPerson = (await supervisor.inject({ url: `/api/requests?personId=${person.json().id}` })).json().items as Request[];
    expect(byPerson.map((x) => x.protocol)).toEqual([r.protocol]);
  });

  it('"Solicitações": the team sees and moves its requests; others’ agents do not; supervisors see all', async () => {
    const mine = (await other.inject({ url: '/api/requests' })).json().items as Request[];
    expect(mine.map((x) => x.title)).toEqual(['Visita técnica']);
    const id = mine[0]!.id;
    const moved = await other.inject({ method: 'PATCH', url: `/api/requests/${id}`, payload: { status: 'in_progress', assigneeId: other.me.id } });
    expect(moved.statusCode, moved.body).toBe(200);
    const commented = await other.inject({ method: 'POST', url: `/api/requests/${id}/comments`, payload: { body: 'Visita marcada para amanhã' } });
    expect(commented.statusCode).toBe(201);
    expect(commented.json()).toMatchObject({ status: 'in_progress', comments: [{ body: 'Visita marcada para amanhã', authorName: 'Bruno Agente' }] });
    expect((await other.inject({ url: '/api/requests?status=open' })).json().items).toEqual([]);
    const all = (await supervisor.inject({ url: '/api/requests' })).json().items as Request[];
    expect(all.map((x) => x.title).sort()).toEqual(['Reclamação anônima', 'Visita técnica']);
    const anon = all.find((x) => x.title === 'Reclamação anônima')!;
    expect((await other.inject({ url: `/api/requests/${anon.id}` })).statusCode).toBe(404);
    expect((await other.inject({ method: 'PATCH', url: `/api/requests/${anon.id}`, payload: { status: 'closed' } })).statusCode).toBe(404);
    expect((await supervisor.inject({ url: `/api/requests?q=${mine[0]!.protocol}` })).json().items.map((x: Request) => x.id)).toEqual([id]);
  });

  it('another organization sees and changes none of them', async () => {
    expect((await outra.inject({ url: '/api/requests' })).json().items).toEqual([]);
    const [any] = (await supervisor.inject({ url: '/api/requests' })).json().items as Request[];
    expect((await outra.inject({ url: `/api/requests/${any!.id}` })).statusCode).toBe(404);
    expect((await outra.inject({ method: 'PATCH', url: `/api/requests/${any!.id}`, payload: { status: 'closed' } })).statusCode).toBe(404);
    expect((await outra.inject({ method: 'POST', url: `/api/requests/${any!.id}/comments`, payload: { body: 'x' } })).statusCode).toBe(404);
    expect((await supervisor.inject({ url: `/api/requests/${any!.id}` })).json().status).not.toBe('closed');
  });
});
