import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// SPEC PER-05 "Dados personalizados": admin-defined fields per person type, validated on the person.
describe('persons: custom data per type (PF/PJ)', () => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let outra: Session;
  const define = (payload: object, who = admin) => who.inject({ method: 'POST', url: '/api/person-fields', payload });
  const register = (payload: object) => agent.inject({ method: 'POST', url: '/api/persons', payload: { name: 'Fulano', ...payload } });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    outra = await t.login('admin@outra.local');
    const fields = [
      { personType: 'PF', key: 'nascimento', label: 'Data de nascimento', type: 'date', required: true, position: 1 },
      { personType: 'PF', key: 'plano', label: 'Plano', type: 'select', options: ['Básico', 'Premium'], position: 2 },
      { personType: 'PJ', key: 'responsavel_cpf', label: 'CPF do responsável', type: 'document', required: true },
      { personType: 'PJ', key: 'funcionarios', label: 'Funcionários', type: 'number' },
    ];
    for (const f of fields) expect((await define(f)).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('lets only admins define fields; every staff member reads them; keys are unique per type', async () => {
    expect((await define({ personType: 'PF', key: 'x', label: 'X', type: 'text' }, agent)).statusCode).toBe(403);
    const dup = await define({ personType: 'PF', key: 'plano', label: 'Outro', type: 'text' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields[0]).toMatchObject({ path: 'body.key', rule: 'unique' });
    expect((await define({ personType: 'PJ', key: 'plano', label: 'Plano PJ', type: 'text' })).statusCode).toBe(201);
    const list = (await agent.inject({ url: '/api/person-fields' })).json().items as { key: string; personType: string }[];
    expect(list.filter((f) => f.personType === 'PF').map((f) => f.key)).toEqual(['nascimento', 'plano']);
    expect((await outra.inject({ url: '/api/person-fields' })).json().items).toEqual([]);
  });

  it('validates a PF against the PF fields only, field by field', async () => {
    const missing = await register({ type: 'PF', custom: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual([{ path: 'body.custom.nascimento', rule: 'required', message: expect.any(String) }]);
    const bad = await register({ type: 'PF', custom: { nascimento: '31/02/1990', plano: 'Ouro' } });
    expect(bad.json().error.fields.map((f: { path: string; rule: string }) => [f.path, f.rule])).toEqual([
      ['body.custom.nascimento', 'invalid'],
      ['body.custom.plano', 'invalid'],
    ]);
    // A PJ-only field sent on a PF is not stored; the PJ's required field does not apply.
    const ok = await register({ type: 'PF', custom: { nascimento: '1990-05-17', plano: 'Premium', funcionarios: 10 } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().custom).toEqual({ nascimento: '1990-05-17', plano: 'Premium' });
    expect((await agent.inject({ url: `/api/persons/${ok.json().id}` })).json().custom).toEqual({ nascimento: '1990-05-17', plano: 'Premium' });
  });

  it('validates a PJ against the PJ fields: a CPF checked by its digits, a number', async () => {
    const bad = await register({ type: 'PJ', custom: { responsavel_cpf: '529.982.247-24', funcionarios: 'muitos' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string; rule: string }) => [f.path, f.rule])).toEqual([
      ['body.custom.responsavel_cpf', 'invalid'],
      ['body.custom.funcionarios', 'invalid'],
    ]);
    const ok = await register({ type: 'PJ', custom: { responsavel_cpf: '529.982.247-25', funcionarios: 12 } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().custom).toMatchObject({ responsavel_cpf: '529.982.247-25', funcionarios: 12 });
  });

  it('on edit, checks the values given over those stored; a type change must satisfy the new type', async () => {
    const pf = (await register({ type: 'PF', custom: { nascimento: '1980-01-01' } })).json();
    const patch = (payload: object) => agent.inject({ method: 'PATCH', url: `/api/persons/${pf.id}`, payload });
    const edited = await patch({ custom: { plano: 'Básico' } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().custom).toEqual({ nascimento: '1980-01-01', plano: 'Básico' });
    expect((await patch({ custom: { nascimento: null } })).json().error.fields[0]).toMatchObject({
      path: 'body.custom.nascimento',
      rule: 'required',
    });
    expect((await patch({ type: 'PJ' })).json().error.fields[0]).toMatchObject({ path: 'body.custom.responsavel_cpf', rule: 'required' });
    // A deactivated field no longer applies, and what it held is kept.
    const fields = (await admin.inject({ url: '/api/person-fields' })).json().items as { id: string; key: string; personType: string }[];
    const nascimento = fields.find((f) => f.key === 'nascimento')!;
    expect((await admin.inject({ method: 'PATCH', url: `/api/person-fields/${nascimento.id}`, payload: { active: false } })).json().active).toBe(
      false,
    );
    const after = await patch({ custom: { plano: 'Premium' } });
    expect(after.json().custom).toEqual({ nascimento: '1980-01-01', plano: 'Premium' });
  });

  it('another organization cannot edit the fields', async () => {
    const [field] = (await admin.inject({ url: '/api/person-fields' })).json().items as { id: string }[];
    expect((await outra.inject({ method: 'PATCH', url: `/api/person-fields/${field!.id}`, payload: { label: 'X' } })).statusCode).toBe(404);
  });
});
