import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { apiTokens } from '../../../db/schema/integrations.js';
import { assignAttendance, openAttendance } from '../../attendances/index.js';

// SPEC PLT-02: admins create named, scoped API tokens (shown once, stored hashed) that authenticate
// with `Authorization: Bearer` on every route their scopes allow, without CSRF.

describe('API tokens', () => {
  let t: TestApp;
  let admin: Session;
  let outraAdmin: Session;

  const create = async (s: Session, name: string, scopes: string[], expiresAt?: string) => {
    const res = await s.inject({ method: 'POST', url: '/api/api-tokens', payload: { name, scopes, ...(expiresAt ? { expiresAt } : {}) } });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; token: string; name: string; scopes: string[] };
  };
  const bearer = (token: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const code = (res: { json(): { error?: { code: string } } }) => res.json().error?.code;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin@demo.local');
    outraAdmin = await t.login('admin@outra.local');
  });
  afterAll(() => t.close());

  it('shows the token once, keeps only its hash, and lists tokens without it', async () => {
    const created = await create(admin, 'ERP', ['read']);
    expect(created.token).toMatch(/^atd_[A-Za-z0-9_-]{43}$/);
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(JSON.stringify(row)).not.toContain(created.token);
    const list = await admin.inject({ url: '/api/api-tokens' });
    expect(list.body).not.toContain(created.token);
    expect(list.json().items).toContainEqual(
      expect.objectContaining({
        id: created.id,
        name: 'ERP',
        scopes: ['read'],
        prefix: created.token.slice(0, 8),
        createdByName: 'Ana Admin',
        lastUsedAt: null,
      }),
    );
  });

  it('lets only admins manage tokens', async () => {
    const agent = await t.login('agente@demo.local');
    expect(code(await agent.inject({ method: 'POST', url: '/api/api-tokens', payload: { name: 'x', scopes: ['read'] } }))).toBe('AUTH_FORBIDDEN');
    expect(code(await agent.inject({ url: '/api/api-tokens' }))).toBe('AUTH_FORBIDDEN');
  });

  it('a read token reads, but cannot write or reach admin routes', async () => {
    const { token } = await create(admin, 'BI', ['read']);
    const teams = await bearer(token, 'GET', '/api/teams');
    expect(teams.statusCode).toBe(200);
    expect(teams.json().items.length).toBeGreaterThan(0);
    expect((await bearer(token, 'GET', '/api/users')).statusCode).toBe(200);
    const write = await bearer(token, 'POST', '/api/persons', { type: 'PF', name: 'Lida Somente' });
    expect(write.statusCode).toBe(403);
    expect(code(write)).toBe('API_TOKEN_SCOPE');
    expect(code(await bearer(token, 'GET', '/api/api-tokens'))).toBe('API_TOKEN_SCOPE');
  });

  it('a write token changes data without a CSRF header, but admin routes stay closed', async () => {
    const { token } = await create(admin, 'CRM', ['read', 'write']);
    const person = await bearer(token, 'POST', '/api/persons', { type: 'PF', name: 'Escrita Por Token' });
    expect(person.statusCode).toBe(201);
    expect((await bearer(token, 'GET', `/api/persons/${person.json().id}`)).json().name).toBe('Escrita Por Token');
    expect(code(await bearer(token, 'POST', '/api/teams', { name: 'Pelo token' }))).toBe('API_TOKEN_SCOPE');
    expect(code(await bearer(token, 'GET', '/api/webhook-endpoints'))).toBe('API_TOKEN_SCOPE');
  });

  it('an admin token reaches admin routes, and its last use is recorded', async () => {
    const created = await create(admin, 'Automação', ['admin']);
    const team = await bearer(created.token, 'POST', '/api/teams', { name: 'Criada por token' });
    expect(team.statusCode).toBe(201);
    const listed = await bearer(created.token, 'GET', '/api/api-tokens');
    expect(listed.statusCode).toBe(200);
    const mine = listed.json().items.find((i: { id: string }) => i.id === created.id);
    expect(mine.lastUsedAt).not.toBeNull();
  });

  it("never changes its creator's own session, password or presence, but may read who it acts as", async () => {
    const { token } = await create(admin, 'Tudo', ['admin']);
    const me = await bearer(token, 'GET', '/api/auth/me');
    expect(me.json()).toMatchObject({ name: 'Ana Admin', role: 'admin' });
    expect(code(await bearer(token, 'POST', '/api/auth/logout'))).toBe('API_TOKEN_SCOPE');
    expect(code(await bearer(token, 'POST', '/api/auth/password', { currentPassword: 'demo1234', newPassword: 'outra-senha-123' }))).toBe(
      'API_TOKEN_SCOPE',
    );
    expect(code(await bearer(token, 'POST', '/api/presence/me/login', { kind: 'chat_channel', targetId: crypto.randomUUID() }))).toBe(
      'API_TOKEN_SCOPE',
    );
    expect((await admin.inject({ url: '/api/auth/me' })).statusCode).toBe(200);
  });

  it('an attendance\'s events tell an action through a token ("<user> via token <name>") from the same user\'s click', async () => {
    const { id: tokenId, token } = await create(admin, 'Integração ERP', ['read', 'write']);
    const platform = t.app.platform;
    const org = admin.me.organizationId;
    const webchat = ((await admin.inject({ url: '/api/channels' })).json().items as { id: string; queueId: string; name: string }[]).find(
      (c) => c.name === 'WebChat',
    )!;
    const agentId = await t.userId('agente@demo.local');
    const a = await platform.tenant.inTenant(org, null, (s) =>
      openAttendance(platform, s, {
        channelId: webchat.id,
        channelType: 'webchat',
        queueId: webchat.queueId,
        contact: { name: 'Pelo ERP' },
        contactIdentity: `visitor-token-${Date.now()}`,
        personId: null,
        priority: 0,
      }),
    );
    await platform.tenant.inTenant(org, null, (s) => assignAttendance(platform, s, a.id, agentId, new Date()));
    // The admin's own click, then the integration acting as the same admin.
    const clicked = await admin.inject({
      method: 'POST',
      url: `/api/attendances/${a.id}/transfer`,
      payload: { toUserId: await t.userId('agente2@demo.local'), comment: '' },
    });
    expect(clicked.statusCode, clicked.body).toBe(200);
    const finished = await bearer(token, 'POST', `/api/attendances/${a.id}/finalize`, { classification: 'Resolvido pelo ERP' });
    expect(finished.statusCode, finished.body).toBe(200);

    type Event = { type: string; actorId: string | null; actorToken: { id: string; name: string } | null };
    const events = (await admin.inject({ url: `/api/attendances/${a.id}` })).json().events as Event[];
    expect(events.find((e) => e.type === 'transferred')).toMatchObject({ actorId: admin.me.id, actorToken: null });
    expect(events.find((e) => e.type === 'finished')).toMatchObject({ actorId: admin.me.id, actorToken: { id: tokenId, name: 'Integração ERP' } });
    // System work (the queueing) has neither.
    expect(events.find((e) => e.type === 'created')).toMatchObject({ actorId: null, actorToken: null });
    // The token reads the same trail: Finalizar issued the protocol and finished, both through it.
    const viaToken = (await bearer(token, 'GET', `/api/attendances/${a.id}`)).json().events as Event[];
    expect(viaToken.filter((e) => e.actorToken).map((e) => e.type)).toEqual(['protocol_issued', 'finished']);
  });

  it('cookie sessions still need the CSRF header on writes', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/persons',
      headers: { cookie: admin.cookie },
      payload: { type: 'PF', name: 'Sem CSRF' },
    });
    expect(code(res)).toBe('AUTH_CSRF');
  });

  it('refuses revoked, expired and unknown tokens with a coded 401', async () => {
    const revoked = await create(admin, 'Antigo', ['read']);
    expect((await admin.inject({ method: 'DELETE', url: `/api/api-tokens/${revoked.id}` })).statusCode).toBe(204);
    const afterRevoke = await bearer(revoked.token, 'GET', '/api/teams');
    expect(afterRevoke.statusCode).toBe(401);
    expect(code(afterRevoke)).toBe('API_TOKEN_REVOKED');
    expect((await admin.inject({ url: '/api/api-tokens' })).json().items.map((i: { id: string }) => i.id)).not.toContain(revoked.id);

    const expiring = await create(admin, 'Temporário', ['read'], new Date(Date.now() + 3600_000).toISOString());
    expect((await bearer(expiring.token, 'GET', '/api/teams')).statusCode).toBe(200);
    await t.database.db
      .update(apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiTokens.id, expiring.id));
    const expired = await bearer(expiring.token, 'GET', '/api/teams');
    expect(expired.statusCode).toBe(401);
    expect(code(expired)).toBe('API_TOKEN_EXPIRED');

    const unknown = await bearer('atd_not-a-real-token', 'GET', '/api/teams');
    expect(unknown.statusCode).toBe(401);
    expect(code(unknown)).toBe('API_TOKEN_INVALID');

    const past = await admin.inject({
      method: 'POST',
      url: '/api/api-tokens',
      payload: { name: 'x', scopes: ['read'], expiresAt: '2020-01-01T00:00:00Z' },
    });
    expect(past.json().error.fields[0].path).toBe('body.expiresAt');
  });

  it('acts only inside its organization', async () => {
    const demo = await create(admin, 'Demo', ['admin']);
    const outra = await create(outraAdmin, 'Outra', ['admin']);
    const demoTeams = (await bearer(demo.token, 'GET', '/api/teams')).json().items.map((i: { id: string }) => i.id);
    const outraTeams = (await bearer(outra.token, 'GET', '/api/teams')).json().items.map((i: { id: string }) => i.id);
    expect(outraTeams.some((id: string) => demoTeams.includes(id))).toBe(false);
    // Another organization's token cannot be seen or revoked.
    const outraList = (await bearer(outra.token, 'GET', '/api/api-tokens')).json().items.map((i: { id: string }) => i.id);
    expect(outraList).not.toContain(demo.id);
    expect(code(await bearer(outra.token, 'DELETE', `/api/api-tokens/${demo.id}`))).toBe('API_TOKEN_NOT_FOUND');
    expect((await bearer(demo.token, 'GET', '/api/teams')).statusCode).toBe(200);
  });

  it('declares the bearer scheme in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toContainEqual({ bearer: [] });
  });
});
