import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// SPEC ATT-11 "Script de Atendimento": managed by admins, read in an attendance with placeholders filled.
describe('attendance scripts', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let outra: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    outra = await t.login('admin@outra.local');
  });
  afterAll(() => t.close());

  it('the demo script "Abertura" reads with the customer, agent and protocol filled', async () => {
    const a = (await agent.inject({ method: 'POST', url: '/api/attendances', payload: { personId: null } })).json() as {
      id: string;
      protocol: string;
    };
    const person = await agent.inject({
      method: 'POST',
      url: '/api/persons',
      payload: { type: 'PF', name: 'Maria Cliente', emails: [], phones: [] },
    });
    await agent.inject({ method: 'POST', url: `/api/attendances/${a.id}/person`, payload: { personId: person.json().id } });
    const proto = await admin.inject({
      method: 'POST',
      url: '/api/scripts',
      payload: { title: 'Protocolo', body: 'Seu protocolo é {protocolo}. {desconhecido}' },
    });
    expect(proto.statusCode, proto.body).toBe(201);
    const res = await agent.inject({ url: `/api/attendances/${a.id}/scripts` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((x: { title: string; text: string }) => [x.title, x.text])).toEqual([
      ['Abertura', 'Olá Maria Cliente, meu nome é Alice Agente. Como posso ajudar?'],
      ['Protocolo', `Seu protocolo é ${a.protocol}. {desconhecido}`],
    ]);
  });

  it('filtered by the attendance’s company; inactive scripts are not offered', async () => {
    const supervisor = await t.login('supervisor@demo.local');
    const [telecom, energia] = (await admin.inject({ url: '/api/companies' })).json().items as { id: string; name: string }[];
    await admin.inject({ method: 'POST', url: '/api/scripts', payload: { title: 'Só da segunda empresa', body: 'x', companyIds: [energia!.id] } });
    await admin.inject({ method: 'POST', url: '/api/scripts', payload: { title: 'Inativo', body: 'x', active: false } });
    const titlesFor = async (companyId: string) => {
      const a = await supervisor.inject({
        method: 'POST',
        url: '/api/attendances/panel',
        payload: { personId: null, contactName: 'Cliente', companyId },
      });
      expect(a.statusCode, a.body).toBe(201);
      return (await supervisor.inject({ url: `/api/attendances/${a.json().id}/scripts` })).json().items.map((x: { title: string }) => x.title);
    };
    const first = await titlesFor(telecom!.id);
    expect(first).toContain('Abertura');
    expect(first).not.toContain('Só da segunda empresa');
    expect(first).not.toContain('Inativo');
    expect(await titlesFor(energia!.id)).toEqual(expect.arrayContaining(['Abertura', 'Só da segunda empresa']));
    expect((await admin.inject({ url: '/api/scripts' })).json().items.map((x: { title: string }) => x.title)).toContain('Inativo');
  });

  it('only admins manage scripts; another organization reaches none', async () => {
    expect((await agent.inject({ method: 'POST', url: '/api/scripts', payload: { title: 'x', body: 'x' } })).statusCode).toBe(403);
    expect((await agent.inject({ url: '/api/scripts' })).statusCode).toBe(403);
    const [first] = (await admin.inject({ url: '/api/scripts' })).json().items as { id: string }[];
    expect((await outra.inject({ url: '/api/scripts' })).json().items).toEqual([]);
    expect((await outra.inject({ method: 'PATCH', url: `/api/scripts/${first!.id}`, payload: { title: 'Intruso' } })).statusCode).toBe(404);
    expect((await outra.inject({ method: 'DELETE', url: `/api/scripts/${first!.id}` })).statusCode).toBe(404);
  });
});
