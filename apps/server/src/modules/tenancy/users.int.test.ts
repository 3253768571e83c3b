import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

describe('user and team administration', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
  });
  afterAll(() => t.close());

  const newUser = { name: 'Carla Nova', email: 'Carla@Demo.local', role: 'agent', password: 'Carla-entra-2100', extension: '2100' };

  it('creates a user who can then log in; e-mails are case-insensitive and unique', async () => {
    const res = await admin.inject({ method: 'POST', url: '/api/users', payload: newUser });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Carla Nova', email: 'carla@demo.local', role: 'agent', active: true, extension: '2100' });
    expect((await t.login('carla@demo.local', 'Carla-entra-2100')).me.role).toBe('agent');
    const dup = await admin.inject({ method: 'POST', url: '/api/users', payload: { ...newUser, extension: '2101' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('USER_EMAIL_TAKEN');
  });

  it("does not reveal another organization's e-mail: it is unique per organization, and login finds the one whose password matches", async () => {
    const outra = await t.login('admin@outra.local');
    const shared = { name: 'Dora Dupla', email: 'dora@compartilhado.local', role: 'agent' };
    const inDemo = await admin.inject({ method: 'POST', url: '/api/users', payload: { ...shared, password: 'senha-da-demo-1' } });
    expect(inDemo.statusCode).toBe(201);
    const inOutra = await outra.inject({ method: 'POST', url: '/api/users', payload: { ...shared, password: 'senha-da-outra-1' } });
    expect(inOutra.statusCode).toBe(201);
    expect((await outra.inject({ method: 'POST', url: '/api/users', payload: { ...shared, password: 'mais-uma-senha-1' } })).json().error.code).toBe(
      'USER_EMAIL_TAKEN',
    );

    expect((await t.login('dora@compartilhado.local', 'senha-da-demo-1')).me).toMatchObject({
      id: inDemo.json().id,
      organizationId: await t.orgId('demo'),
    });
    expect((await t.login('dora@compartilhado.local', 'senha-da-outra-1')).me).toMatchObject({
      id: inOutra.json().id,
      organizationId: await t.orgId('outra'),
    });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'dora@compartilhado.local', password: 'nenhuma-das-duas' },
    });
    expect(wrong.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');

    // The same password in both: the account cannot be told apart, so login says so until one changes.
    await outra.inject({ method: 'POST', url: `/api/users/${inOutra.json().id}/password`, payload: { password: 'senha-da-demo-1' } });
    const ambiguous = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'dora@compartilhado.local', password: 'senha-da-demo-1' },
    });
    expect([ambiguous.statusCode, ambiguous.json().error.code]).toEqual([409, 'AUTH_ACCOUNT_AMBIGUOUS']);
    await outra.inject({ method: 'POST', url: `/api/users/${inOutra.json().id}/deactivate` });
    expect((await t.login('dora@compartilhado.local', 'senha-da-demo-1')).me.id).toBe(inDemo.json().id);
  });

  it('rejects an extension already in use with a field error', async () => {
    const res = await admin.inject({ method: 'POST', url: '/api/users', payload: { ...newUser, email: 'x2@demo.local', extension: '2001' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'body.extension', rule: 'unique', message: 'Este valor já está em uso.' }]);
  });

  it('lets only admins manage users; supervisors may list them; agents may not', async () => {
    const agent = await t.login('agente2@demo.local');
    expect((await agent.inject({ url: '/api/users' })).statusCode).toBe(403);
    const sup = await t.login('supervisor@demo.local');
    const list = await sup.inject({ url: '/api/users?search=agente' });
    expect(
      list
        .json()
        .items.map((u: { email: string }) => u.email)
        .sort(),
    ).toEqual(['agente2@demo.local', 'agente@demo.local']);
    const create = await sup.inject({ method: 'POST', url: '/api/users', payload: { ...newUser, email: 'y@demo.local' } });
    expect(create.statusCode).toBe(403);
  });

  it('edits, deactivates (ending sessions and login) and reactivates a user', async () => {
    const id = await t.userId('agente2@demo.local');
    const victim = await t.login('agente2@demo.local');
    const edit = await admin.inject({ method: 'PATCH', url: `/api/users/${id}`, payload: { name: 'Bruno Silva', canStartAttendance: true } });
    expect(edit.json()).toMatchObject({ name: 'Bruno Silva', canStartAttendance: true });
    const off = await admin.inject({ method: 'POST', url: `/api/users/${id}/deactivate` });
    expect(off.json().active).toBe(false);
    expect((await victim.inject({ url: '/api/auth/me' })).statusCode).toBe(401);
    const refused = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'agente2@demo.local', password: 'demo1234' } });
    expect(refused.json().error.code).toBe('AUTH_USER_INACTIVE');
    const listed = await admin.inject({ url: '/api/users' });
    expect(listed.json().items.some((u: { id: string }) => u.id === id)).toBe(false);
    const all = await admin.inject({ url: '/api/users?includeInactive=true' });
    expect(all.json().items.some((u: { id: string }) => u.id === id)).toBe(true);
    await admin.inject({ method: 'POST', url: `/api/users/${id}/activate` });
    expect((await t.login('agente2@demo.local')).me.id).toBe(id);
  });

  it('keeps the last active admin and forbids deactivating oneself', async () => {
    const self = await admin.inject({ method: 'POST', url: `/api/users/${admin.me.id}/deactivate` });
    expect(self.json().error.code).toBe('USER_CANNOT_DEACTIVATE_SELF');
    const demote = await admin.inject({ method: 'PATCH', url: `/api/users/${admin.me.id}`, payload: { role: 'agent' } });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe('USER_LAST_ADMIN');
  });

  it('resets a password and revokes that user’s sessions', async () => {
    const id = await t.userId('supervisor@demo.local');
    const sup = await t.login('supervisor@demo.local');
    const res = await admin.inject({ method: 'POST', url: `/api/users/${id}/password`, payload: { password: 'trocada123' } });
    expect(res.statusCode).toBe(200);
    expect((await sup.inject({ url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await t.login('supervisor@demo.local', 'trocada123')).me.id).toBe(id);
  });

  it('refuses a new password that is short, common, the e-mail or the current one, each with its own code', async () => {
    const create = (email: string, password: string) =>
      admin.inject({ method: 'POST', url: '/api/users', payload: { name: 'Fulano', email, role: 'agent', password } });
    const short = await create('fulano@demo.local', 'nove-char');
    expect([short.statusCode, short.json().error.code, short.json().error.fields]).toEqual([
      400,
      'VALIDATION_FAILED',
      [expect.objectContaining({ path: 'body.password' })],
    ]);
    expect((await create('fulano@demo.local', 'Qwerty123456')).json().error).toEqual({
      code: 'PASSWORD_TOO_COMMON',
      message: 'Esta senha está entre as mais usadas. Escolha outra.',
    });
    expect((await create('fulano@demo.local', 'Fulano@Demo.local')).json().error.code).toBe('PASSWORD_IS_EMAIL');
    expect((await create('fulano.de.tal@demo.local', 'fulano.de.tal')).json().error.code).toBe('PASSWORD_IS_EMAIL');
    const created = await create('fulano@demo.local', 'cavalo-bateria-grampo');
    expect(created.statusCode).toBe(201);

    const reset = (password: string) => admin.inject({ method: 'POST', url: `/api/users/${created.json().id}/password`, payload: { password } });
    expect((await reset('cavalo-bateria-grampo')).json().error.code).toBe('PASSWORD_UNCHANGED');
    expect((await reset('password123')).json().error.code).toBe('PASSWORD_TOO_COMMON');
    expect((await reset('fulano@demo.local')).json().error.code).toBe('PASSWORD_IS_EMAIL');

    const fulano = await t.login('fulano@demo.local', 'cavalo-bateria-grampo');
    const change = (newPassword: string) =>
      fulano.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'cavalo-bateria-grampo', newPassword } });
    expect((await change('cavalo-bateria-grampo')).json().error.code).toBe('PASSWORD_UNCHANGED');
    expect((await change('1234567890')).json().error.code).toBe('PASSWORD_TOO_COMMON');
    expect((await change('curta')).json().error.code).toBe('VALIDATION_FAILED');
    expect((await change('lagarto-azul-voador')).statusCode).toBe(200);
  });

  it('still signs in the demo users, whose 8-character password predates the rules (they apply when a password is set)', async () => {
    expect((await t.login('agente@demo.local', 'demo1234')).me.id).toBe(await t.userId('agente@demo.local'));
  });

  it('manages teams with members, unique names, and rejects unknown members', async () => {
    const a1 = await t.userId('agente@demo.local');
    const created = await admin.inject({
      method: 'POST',
      url: '/api/teams',
      payload: { name: 'Retenção', description: 'Cancelamentos', memberIds: [a1] },
    });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    expect(team).toMatchObject({ name: 'Retenção', memberIds: [a1] });
    const dup = await admin.inject({ method: 'POST', url: '/api/teams', payload: { name: 'RETENÇÃO' } });
    expect(dup.json().error.code).toBe('TEAM_NAME_TAKEN');
    const outraAdmin = await t.userId('admin@outra.local');
    const foreign = await admin.inject({ method: 'PATCH', url: `/api/teams/${team.id}`, payload: { memberIds: [a1, outraAdmin] } });
    expect(foreign.statusCode).toBe(400);
    const unchanged = (await admin.inject({ url: '/api/teams' })).json().items.find((x: { id: string }) => x.id === team.id);
    expect(unchanged.memberIds).toEqual([a1]);
    // A PATCH changes what it names only: renaming keeps the members and the description.
    const renamed = await admin.inject({ method: 'PATCH', url: `/api/teams/${team.id}`, payload: { name: 'Retenção e Cancelamento' } });
    expect(renamed.json()).toMatchObject({ name: 'Retenção e Cancelamento', description: 'Cancelamentos', memberIds: [a1] });
    expect((await admin.inject({ method: 'DELETE', url: `/api/teams/${team.id}` })).statusCode).toBe(204);
    expect((await admin.inject({ method: 'DELETE', url: `/api/teams/${team.id}` })).json().error.code).toBe('TEAM_NOT_FOUND');
  });
});
