import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

type Fill = { id: string; name: string; answers: Record<string, unknown> | null };

// SPEC ATT-12 "Informações Personalizadas": forms defined by admins, filled during an attendance.
describe('attendance forms', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let other: Session;
  let outra: Session;

  const start = async () => (await agent.inject({ method: 'POST', url: '/api/attendances', payload: { personId: null } })).json() as { id: string };
  const formsOf = async (s: Session, id: string) => (await s.inject({ url: `/api/attendances/${id}/forms` })).json().items as Fill[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    other = await t.login('agente2@demo.local');
    outra = await t.login('admin@outra.local');
  });
  afterAll(() => t.close());

  it('"Dados do equipamento": required and typed fields, answers stored and in the events', async () => {
    const a = await start();
    const [form] = await formsOf(agent, a.id);
    expect(form).toMatchObject({ name: 'Dados do equipamento', answers: null });
    const save = (answers: object) => agent.inject({ method: 'PUT', url: `/api/attendances/${a.id}/forms/${form!.id}`, payload: { answers } });
    expect((await save({ numero_serie: 'SN-1' })).json().error.code).toBe('FORM_ANSWERS_INVALID');
    const ok = await save({ modelo: ' Roteador X ', numero_serie: 'SN-1', intruso: 'x' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await formsOf(agent, a.id))[0]!.answers).toEqual({ modelo: 'Roteador X', numero_serie: 'SN-1' });
    const events = (await agent.inject({ url: `/api/attendances/${a.id}` })).json().events as { type: string; data: object }[];
    expect(events.find((e) => e.type === 'form_answered')?.data).toEqual({
      form: 'Dados do equipamento',
      answers: { Modelo: 'Roteador X', 'Número de série': 'SN-1' },
    });
    // Another agent's attendance is not found; another organization's neither.
    expect(
      (await other.inject({ method: 'PUT', url: `/api/attendances/${a.id}/forms/${form!.id}`, payload: { answers: { modelo: 'x' } } })).statusCode,
    ).toBe(404);
    expect((await outra.inject({ url: `/api/attendances/${a.id}/forms` })).statusCode).toBe(404);
  });

  it('validates CPF/CNPJ, CEP, numbers, dates and options; a role not allowed neither sees nor fills it', async () => {
    const created = await admin.inject({
      method: 'POST',
      url: '/api/attendance-forms',
      payload: {
        name: 'Cadastro',
        fields: [
          { key: 'doc', label: 'CPF/CNPJ', type: 'document', required: true },
          { key: 'cep', label: 'CEP', type: 'cep' },
          { key: 'qtd', label: 'Quantidade', type: 'number' },
          { key: 'dia', label: 'Data', type: 'date' },
          { key: 'plano', label: 'Plano', type: 'select', options: ['Básico', 'Premium'] },
          { key: 'aceite', label: 'Aceite', type: 'checkbox' },
        ],
        roles: ['supervisor', 'admin'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const a = await start();
    expect((await formsOf(agent, a.id)).map((f) => f.name)).toEqual(['Dados do equipamento']);
    const refused = await agent.inject({
      method: 'PUT',
      url: `/api/attendances/${a.id}/forms/${created.json().id}`,
      payload: { answers: { doc: '529.982.247-25' } },
    });
    expect(refused.json().error.code).toBe('FORM_FORBIDDEN');

    const supervisor = await t.login('supervisor@demo.local');
    const own = (
      await supervisor.inject({ method: 'POST', url: '/api/attendances/panel', payload: { personId: null, contactName: 'Cliente' } })
    ).json() as { id: string };
    const put = (answers: object) =>
      supervisor.inject({ method: 'PUT', url: `/api/attendances/${own.id}/forms/${created.json().id}`, payload: { answers } });
    for (const bad of [
      { doc: '111.111.111-11' },
      { doc: '529.982.247-25', cep: '123' },
      { doc: '529.982.247-25', qtd: 'dez' },
      { doc: '529.982.247-25', dia: '31/12/2026' },
      { doc: '529.982.247-25', plano: 'Ouro' },
    ])
      expect((await put(bad)).json().error.code, JSON.stringify(bad)).toBe('FORM_ANSWERS_INVALID');
    const good = await put({ doc: '11.222.333/0001-81', cep: '13010-000', qtd: 2, dia: '2026-12-31', plano: 'Premium', aceite: true });
    expect(good.statusCode, good.body).toBe(200);
  });

  it('only admins manage forms; another organization reaches none', async () => {
    expect((await agent.inject({ url: '/api/attendance-forms' })).statusCode).toBe(403);
    expect(
      (await agent.inject({ method: 'POST', url: '/api/attendance-forms', payload: { name: 'x', fields: [{ key: 'a', label: 'A', type: 'text' }] } }))
        .statusCode,
    ).toBe(403);
    const [first] = (await admin.inject({ url: '/api/attendance-forms' })).json().items as { id: string }[];
    expect((await outra.inject({ url: '/api/attendance-forms' })).json().items).toEqual([]);
    expect((await outra.inject({ method: 'PATCH', url: `/api/attendance-forms/${first!.id}`, payload: { name: 'Intruso' } })).statusCode).toBe(404);
  });
});
