import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../../test/rows.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { seedServiceDemo } from '../seed-demo.js';

type Item = { id: string; name: string; active: boolean; [k: string]: unknown };

// SPEC PAN-01…PAN-04: the lists admins keep under "Configurações" (processes, classifications,
// contact origins, SLA reasons). Reads for every staff role, writes for admins only.
describe('service configuration lists', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let outra: Session;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, agent, outra] = await Promise.all([t.login('admin@demo.local'), t.login('agente@demo.local'), t.login('admin@outra.local')]);
  });
  afterAll(() => t.close());

  const items = async (s: Session, url: string) => {
    const res = await s.inject({ url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Item[];
  };
  const code = (res: { json(): { error?: { code: string } } }) => res.json().error?.code;

  it('seeds the Demo processes with their subprocesses in order, readable by an agent', async () => {
    const processes = await items(agent, '/api/processes');
    const suporte = processes.find((p) => p.name === 'Suporte técnico')!;
    expect((suporte.subprocesses as Item[]).map((s) => [s.name, s.durationHours, s.position])).toEqual([
      ['Triagem', 4, 1],
      ['Diagnóstico', 24, 2],
      ['Visita técnica', 48, 3],
    ]);
    expect(processes.map((p) => p.name).sort()).toEqual(['Comercial', 'Financeiro', 'Suporte técnico']);
  });

  it('creates, renames and deactivates a process; appends and reorders subprocesses', async () => {
    const created = await admin.inject({ method: 'POST', url: '/api/processes', payload: { name: 'Instalação' } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ name: 'Instalação', active: true, subprocesses: [] });

    const add = (name: string, durationHours: number) =>
      admin.inject({ method: 'POST', url: `/api/processes/${id}/subprocesses`, payload: { name, durationHours } });
    const [a, b, c] = [await add('Agendamento', 4), await add('Instalação física', 8), await add('Ativação', 2)];
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([201, 201, 201]);
    expect(c.json()).toMatchObject({ name: 'Ativação', position: 3, durationHours: 2, active: true });
    expect(code(await add('agendamento', 1))).toBe('SUBPROCESS_NAME_TAKEN');
    expect((await add('Longo demais', 8761)).statusCode).toBe(400);

    const moved = await admin.inject({ method: 'PATCH', url: `/api/subprocesses/${c.json().id}`, payload: { position: 1, durationHours: 3 } });
    expect(moved.json()).toMatchObject({ position: 1, durationHours: 3 });
    const renamed = await admin.inject({ method: 'PATCH', url: `/api/processes/${id}`, payload: { name: 'Instalações', active: false } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().subprocesses.map((s: Item) => [s.name, s.position])).toEqual([
      ['Ativação', 1],
      ['Agendamento', 2],
      ['Instalação física', 3],
    ]);
    expect(renamed.json()).toMatchObject({ name: 'Instalações', active: false });

    expect(code(await admin.inject({ method: 'POST', url: '/api/processes', payload: { name: 'financeiro' } }))).toBe('PROCESS_NAME_TAKEN');
    expect(code(await admin.inject({ method: 'PATCH', url: `/api/processes/${id}`, payload: { name: 'Comercial' } }))).toBe('PROCESS_NAME_TAKEN');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(code(await admin.inject({ method: 'PATCH', url: `/api/processes/${missing}`, payload: { name: 'X' } }))).toBe('PROCESS_NOT_FOUND');
    expect(
      code(await admin.inject({ method: 'POST', url: `/api/processes/${missing}/subprocesses`, payload: { name: 'X', durationHours: 1 } })),
    ).toBe('PROCESS_NOT_FOUND');
    expect(code(await admin.inject({ method: 'PATCH', url: `/api/subprocesses/${missing}`, payload: { name: 'X' } }))).toBe('SUBPROCESS_NOT_FOUND');
  });

  it('keeps opening and closing classifications apart, names unique per kind', async () => {
    const opening = await items(agent, '/api/classifications?kind=opening');
    expect(opening.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Sem conexão', 'Lentidão', 'Segunda via de fatura', 'Cancelamento', 'Dúvida']),
    );
    expect(opening.every((c) => c.kind === 'opening')).toBe(true);
    const closing = await items(agent, '/api/classifications?kind=closing');
    expect(closing.map((c) => c.name).sort()).toEqual([
      'Dúvida esclarecida',
      'Problema resolvido',
      'Resolvido com visita técnica',
      'Sem resposta do cliente',
      'Sem solução',
      'Solicitação registrada',
    ]);

    const created = await admin.inject({ method: 'POST', url: '/api/classifications', payload: { kind: 'closing', name: 'Dúvida' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(code(await admin.inject({ method: 'POST', url: '/api/classifications', payload: { kind: 'closing', name: 'DÚVIDA ' } }))).toBe(
      'CLASSIFICATION_NAME_TAKEN',
    );
    const off = await admin.inject({
      method: 'PATCH',
      url: `/api/classifications/${created.json().id}`,
      payload: { active: false, name: 'Dúvida respondida' },
    });
    expect(off.json()).toMatchObject({ kind: 'closing', name: 'Dúvida respondida', active: false });
    expect(
      code(await admin.inject({ method: 'PATCH', url: '/api/classifications/00000000-0000-4000-8000-000000000000', payload: { active: false } })),
    ).toBe('CLASSIFICATION_NOT_FOUND');
  });

  it('gives every organization the PAN-02 contact origins in order; admins add their own', async () => {
    const expected = [
      'Email',
      'Outros',
      'Presencial',
      'SAC',
      'Site',
      'Telefônico',
      'Através de um técnico',
      'CRM',
      'WhatsApp',
      'Facebook',
      'Instagram',
      'Messenger',
      'Bot',
      'Monitoramento',
      'Reclame Aqui',
      'WebChat',
      'Telegram',
      'Canal de Alertas',
    ];
    for (const session of [agent, outra]) expect((await items(session, '/api/contact-origins')).map((o) => o.name)).toEqual(expected);
    expect((await items(outra, '/api/contact-origins')).find((o) => o.name === 'WhatsApp')).toMatchObject({ key: 'whatsapp', position: 9 });

    const own = await admin.inject({ method: 'POST', url: '/api/contact-origins', payload: { name: 'Indicação' } });
    expect(own.json()).toMatchObject({ key: null, name: 'Indicação', position: 19, active: true });
    expect(code(await admin.inject({ method: 'POST', url: '/api/contact-origins', payload: { name: 'whatsapp' } }))).toBe(
      'CONTACT_ORIGIN_NAME_TAKEN',
    );
    const bot = (await items(admin, '/api/contact-origins')).find((o) => o.key === 'bot')!;
    const renamed = await admin.inject({ method: 'PATCH', url: `/api/contact-origins/${bot.id}`, payload: { name: 'MKBot Assistant' } });
    expect(renamed.json()).toMatchObject({ key: 'bot', name: 'MKBot Assistant' });
    expect((await items(outra, '/api/contact-origins')).some((o) => o.name === 'Indicação' || o.name === 'MKBot Assistant')).toBe(false);
  });

  it('lists SLA reasons by type and refuses duplicate names', async () => {
    expect((await items(agent, '/api/sla-reasons?type=increment')).map((r) => r.name)).toEqual(['Aguardando peças', 'Solicitação do cliente']);
    expect((await items(agent, '/api/sla-reasons?type=pause')).map((r) => r.name)).toEqual(['Aguardando terceiros', 'Cliente ausente']);
    const created = await admin.inject({ method: 'POST', url: '/api/sla-reasons', payload: { name: 'Feriado local', type: 'pause' } });
    expect(created.json()).toMatchObject({ name: 'Feriado local', type: 'pause', active: true });
    expect(code(await admin.inject({ method: 'POST', url: '/api/sla-reasons', payload: { name: 'feriado local', type: 'pause' } }))).toBe(
      'SLA_REASON_NAME_TAKEN',
    );
    const off = await admin.inject({ method: 'PATCH', url: `/api/sla-reasons/${created.json().id}`, payload: { active: false } });
    expect(off.json().active).toBe(false);
    expect(
      code(await admin.inject({ method: 'PATCH', url: '/api/sla-reasons/00000000-0000-4000-8000-000000000000', payload: { active: false } })),
    ).toBe('SLA_REASON_NOT_FOUND');
  });

  it('lets an agent read but not write any of these lists', async () => {
    const reason = (await items(agent, '/api/sla-reasons'))[0]!;
    const process = (await items(agent, '/api/processes'))[0]!;
    const writes = [
      { method: 'POST', url: '/api/processes', payload: { name: 'Do agente' } },
      { method: 'PATCH', url: `/api/processes/${process.id}`, payload: { active: false } },
      { method: 'POST', url: `/api/processes/${process.id}/subprocesses`, payload: { name: 'Do agente', durationHours: 1 } },
      { method: 'POST', url: '/api/classifications', payload: { kind: 'opening', name: 'Do agente' } },
      { method: 'POST', url: '/api/contact-origins', payload: { name: 'Do agente' } },
      { method: 'POST', url: '/api/sla-reasons', payload: { name: 'Do agente', type: 'pause' } },
      { method: 'PATCH', url: `/api/sla-reasons/${reason.id}`, payload: { active: false } },
    ] as const;
    for (const w of writes) expect((await agent.inject(w)).statusCode, `${w.method} ${w.url}`).toBe(403);
    const supervisor = await t.login('supervisor@demo.local');
    expect((await supervisor.inject({ method: 'POST', url: '/api/processes', payload: { name: 'Do supervisor' } })).statusCode).toBe(403);
  });

  it('documents the configuration routes in OpenAPI under service-config', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    for (const path of [
      '/api/processes',
      '/api/subprocesses/{id}',
      '/api/classifications',
      '/api/contact-origins',
      '/api/sla-reasons',
      '/api/calendars/{id}/holidays',
      '/api/sla-policies',
      '/api/tool-permissions',
    ]) {
      const ops = Object.values(doc.paths[path] ?? {}) as { tags?: string[] }[];
      expect(ops.length, path).toBeGreaterThan(0);
      for (const op of ops) expect(op.tags).toEqual(['service-config']);
    }
    expect(doc.paths['/api/tool-permissions'].put.requestBody.content['application/json'].schema).toBeDefined();
  });

  it("hides Demo's rows from Outra's admin, who cannot change them either", async () => {
    const process = (await items(admin, '/api/processes'))[0]!;
    const sub = (process.subprocesses as Item[])[0]!;
    const classification = (await items(admin, '/api/classifications'))[0]!;
    expect(await items(outra, '/api/processes')).toEqual([]);
    expect(await items(outra, '/api/classifications')).toEqual([]);
    expect(await items(outra, '/api/sla-reasons')).toEqual([]);
    expect(code(await outra.inject({ method: 'PATCH', url: `/api/processes/${process.id}`, payload: { name: 'Roubado' } }))).toBe(
      'PROCESS_NOT_FOUND',
    );
    expect(
      code(await outra.inject({ method: 'POST', url: `/api/processes/${process.id}/subprocesses`, payload: { name: 'X', durationHours: 1 } })),
    ).toBe('PROCESS_NOT_FOUND');
    expect(code(await outra.inject({ method: 'PATCH', url: `/api/subprocesses/${sub.id}`, payload: { name: 'X' } }))).toBe('SUBPROCESS_NOT_FOUND');
    expect(code(await outra.inject({ method: 'PATCH', url: `/api/classifications/${classification.id}`, payload: { active: false } }))).toBe(
      'CLASSIFICATION_NOT_FOUND',
    );
    const origin = (await items(admin, '/api/contact-origins'))[0]!;
    const reason = (await items(admin, '/api/sla-reasons'))[0]!;
    expect(code(await outra.inject({ method: 'PATCH', url: `/api/contact-origins/${origin.id}`, payload: { active: false } }))).toBe(
      'CONTACT_ORIGIN_NOT_FOUND',
    );
    expect(code(await outra.inject({ method: 'PATCH', url: `/api/sla-reasons/${reason.id}`, payload: { active: false } }))).toBe(
      'SLA_REASON_NOT_FOUND',
    );
    // Outra may use the same names as Demo: uniqueness is per organization.
    expect((await outra.inject({ method: 'POST', url: '/api/processes', payload: { name: 'Financeiro' } })).statusCode).toBe(201);
  });

  it('seeds again without adding anything (every start runs it)', async () => {
    const count = async () =>
      rowsOf(
        await t.database.db.execute(
          sql`select (select count(*) from contact_origins)::int as o, (select count(*) from processes)::int as p, (select count(*) from classifications)::int as c, (select count(*) from sla_policies)::int as s`,
        ),
      )[0];
    const before = await count();
    await seedServiceDemo(t.app.platform);
    expect(await count()).toEqual(before);
  });
});
