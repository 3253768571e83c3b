import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// SPEC ATT-12: "Informações Personalizadas" answers as panel columns (chooser, cells by type, sort,
// filter) and as a "Busca avançada" criterion, per organization and per the form's roles.
type Column = { key: string; label: string; type: string; fieldType: string; enumValues?: string[] };
type Row = Record<string, unknown> & { id: string };

describe('form answers in panels', () => {
  let t: TestApp;
  let admin: Session;
  let sup: Session;
  let agent: Session;
  let outra: Session;
  let formId: string;
  const ids: Record<string, string> = {};
  const col = (key: string) => `form:${formId}:${key}`;

  const page = async (view: string, query: Record<string, string>) => {
    const res = await sup.inject({ url: `/api/panels/${view}?${new URLSearchParams(query)}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { rows: Row[]; total: number };
  };
  /** Today's open attendances of this test filtered on `f`, shown with the form's columns. */
  const open = async (f: Record<string, string>, extra: Record<string, string> = {}) =>
    page('open/today', { columns: ['code', col('modelo'), col('qtd'), col('dia'), col('plano'), col('aceite')].join(','), ...f, ...extra });
  const namesOf = (rows: Row[]) => rows.map((r) => Object.entries(ids).find(([, id]) => id === r.id)?.[0]).filter(Boolean);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    sup = await t.login('supervisor@demo.local');
    agent = await t.login('agente@demo.local');
    outra = await t.login('admin@outra.local');
    const created = await admin.inject({
      method: 'POST',
      url: '/api/attendance-forms',
      payload: {
        name: 'Vistoria',
        fields: [
          { key: 'modelo', label: 'Modelo', type: 'text' },
          { key: 'qtd', label: 'Quantidade', type: 'number' },
          { key: 'dia', label: 'Data da visita', type: 'date' },
          { key: 'plano', label: 'Plano', type: 'select', options: ['Básico', 'Premium'] },
          { key: 'aceite', label: 'Aceite', type: 'checkbox' },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    formId = created.json().id;
    const fill = async (name: string, answers: Record<string, unknown>) => {
      const a = (await agent.inject({ method: 'POST', url: '/api/attendances', payload: { personId: null } })).json() as { id: string };
      ids[name] = a.id;
      const res = await agent.inject({ method: 'PUT', url: `/api/attendances/${a.id}/forms/${formId}`, payload: { answers } });
      expect(res.statusCode, res.body).toBe(200);
    };
    await fill('alfa', { modelo: 'Roteador Ótimo', qtd: 3, dia: '2026-12-01', plano: 'Premium', aceite: true });
    await fill('beta', { modelo: 'roteador simples', qtd: '12,5', dia: '2026-11-15', plano: 'Básico', aceite: false });
    await fill('gama', { modelo: 'Modem', qtd: 40, plano: 'Premium' });
  });
  afterAll(() => t.close());

  it('offers each active field as a column "<Form> · <Field>" typed by the field, to the roles of the form', async () => {
    const columns = (await sup.inject({ url: '/api/panels/form-columns' })).json().columns as Column[];
    expect(columns.find((c) => c.key === col('modelo'))).toMatchObject({ label: 'Vistoria · Modelo', type: 'text', fieldType: 'text' });
    expect(columns.find((c) => c.key === col('plano'))).toMatchObject({ type: 'enum', enumValues: ['Básico', 'Premium'] });
    expect(columns.find((c) => c.key === col('dia'))).toMatchObject({ type: 'datetime', fieldType: 'date' });
    expect(columns.map((c) => c.label)).toContain('Dados do equipamento · Modelo');
    // A form only agents may fill is not a supervisor's column; another organization sees none of Demo's.
    const agentsOnly = await admin.inject({
      method: 'POST',
      url: '/api/attendance-forms',
      payload: { name: 'Só agentes', roles: ['agent'], fields: [{ key: 'x', label: 'X', type: 'text' }] },
    });
    const later = (await sup.inject({ url: '/api/panels/form-columns' })).json().columns as Column[];
    expect(later.some((c) => c.key.includes(agentsOnly.json().id))).toBe(false);
    const outraColumns = (await outra.inject({ url: '/api/panels/form-columns' })).json().columns as Column[];
    expect(outraColumns.some((c) => c.key.includes(formId))).toBe(false);
    expect((await agent.inject({ url: '/api/panels/form-columns' })).statusCode).toBe(403);
    // An inactive form's fields leave the chooser.
    await admin.inject({ method: 'PATCH', url: `/api/attendance-forms/${agentsOnly.json().id}`, payload: { active: false } });
  });

  it('shows answers by type, sorts them, and filters by contains, range, list and SIM/NÃO', async () => {
    const all = await open({ [`f.${col('modelo')}`]: 'roteador' });
    expect(namesOf(all.rows).sort()).toEqual(['alfa', 'beta']);
    const alfa = all.rows.find((r) => r.id === ids.alfa)!;
    expect(alfa).toMatchObject({
      [col('modelo')]: 'Roteador Ótimo',
      [col('qtd')]: 3,
      [col('dia')]: '2026-12-01',
      [col('plano')]: 'Premium',
      [col('aceite')]: true,
    });
    expect(all.rows.find((r) => r.id === ids.beta)![col('qtd')]).toBe(12.5);

    // Numbers sort as numbers ("12,5" between 3 and 40), not as text.
    const mine = { [`f.${col('plano')}`]: 'Básico,Premium' };
    const byQtd = await open(mine, { sort: col('qtd'), dir: 'asc' });
    expect(namesOf(byQtd.rows)).toEqual(['alfa', 'beta', 'gama']);
    expect(namesOf((await open(mine, { sort: col('qtd'), dir: 'desc' })).rows)).toEqual(['gama', 'beta', 'alfa']);

    expect(namesOf((await open({ [`f.${col('qtd')}`]: '10..50' })).rows).sort()).toEqual(['beta', 'gama']);
    expect(namesOf((await open({ [`f.${col('dia')}`]: '2026-11-20..2026-12-31' })).rows)).toEqual(['alfa']);
    expect(namesOf((await open({ [`f.${col('plano')}`]: 'Premium' })).rows).sort()).toEqual(['alfa', 'gama']);
    expect(namesOf((await open({ [`f.${col('aceite')}`]: 'true' })).rows)).toEqual(['alfa']);
    expect(namesOf((await open({ ...mine, [`f.${col('aceite')}`]: 'false' })).rows).sort()).toEqual(['beta', 'gama']);

    const bad = await sup.inject({ url: `/api/panels/open/today?${new URLSearchParams({ [`f.${col('plano')}`]: 'Ouro' })}` });
    expect(bad.json().error.code).toBe('PANEL_FILTER_INVALID');
    // Another organization cannot name Demo's form column.
    const foreign = await outra.inject({ url: `/api/panels/open/today?${new URLSearchParams({ [`f.${col('modelo')}`]: 'x' })}` });
    expect(foreign.json().error.code).toBe('PANEL_FILTER_INVALID');
  });

  it('"Busca avançada" finds attendances by an answer: contains for text, equals for the other types', async () => {
    const day = new Date();
    const period = { from: new Date(day.getTime() - 86_400_000).toISOString(), to: new Date(day.getTime() + 86_400_000).toISOString() };
    const search = (field: string, value: string) => page('search/advanced', { kind: 'form_field', field: col(field), value, ...period });
    expect(namesOf((await search('modelo', 'otimo')).rows)).toEqual(['alfa']);
    expect(namesOf((await search('qtd', '12.5')).rows)).toEqual(['beta']);
    expect(namesOf((await search('qtd', '12')).rows)).toEqual([]);
    expect(namesOf((await search('dia', '2026-11-15')).rows)).toEqual(['beta']);
    expect(namesOf((await search('plano', 'Premium')).rows).sort()).toEqual(['alfa', 'gama']);
    expect(namesOf((await search('aceite', 'true')).rows)).toEqual(['alfa']);
    const noField = await sup.inject({ url: `/api/panels/search/advanced?${new URLSearchParams({ kind: 'form_field', value: 'x' })}` });
    expect(noField.json().error.code).toBe('PANEL_FILTER_INVALID');
  });

  it('remembers a chosen form column in the grid preferences', async () => {
    const res = await sup.inject({ method: 'PUT', url: '/api/panels/preferences/open.today', payload: { columns: ['code', col('modelo')] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().columns).toEqual(['code', col('modelo')]);
    const bad = await sup.inject({ method: 'PUT', url: '/api/panels/preferences/open.today', payload: { columns: ['form:nada'] } });
    expect(bad.statusCode).toBe(400);
  });
});
