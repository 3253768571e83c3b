import { verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { usersRepo } from './users.repository.js';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

  it('logs in with an httpOnly session cookie and answers /me', async () => {
    const res = await login('agente@demo.local', 'demo1234');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'atende_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await t.app.inject({ url: '/api/auth/me', cookies: { atende_sid: cookie.value } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ name: 'Alice Agente', email: 'agente@demo.local', role: 'agent', locale: 'pt-BR' });
    expect(Object.keys(me.json()).sort()).toEqual(
      [
        'avatarUrl',
        'canStartAttendance',
        'csrfToken',
        'email',
        'extension',
        'id',
        'locale',
        'name',
        'organizationId',
        'organizationName',
        'role',
      ].sort(),
    );
  });

  it('stores passwords as argon2id', async () => {
    const orgId = await t.orgId('demo');
    const userId = await t.userId('agente@demo.local');
    const row = await t.app.platform.tenant.inTenant(orgId, null, (s) => usersRepo.byId(s, userId));
    expect(row!.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(await verify(row!.passwordHash, 'demo1234')).toBe(true);
  });

  it('refuses bad credentials with a coded, translated 401', async () => {
    const wrong = await login('agente@demo.local', 'nope', '10.0.0.2');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'AUTH_INVALID_CREDENTIALS', message: 'E-mail ou senha inválidos.' } });
    const unknown = await login('ghost@demo.local', 'nope', '10.0.0.2');
    expect(unknown.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('answers 429 after more than 10 failures a minute for one e-mail, even with the right password', async () => {
    for (let i = 0; i < 10; i++) expect((await login('agente2@demo.local', 'bad', `10.1.0.${i}`)).statusCode).toBe(401);
    const blocked = await login('agente2@demo.local', 'demo1234', '10.1.1.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('AUTH_TOO_MANY_ATTEMPTS');
    expect((await login('supervisor@demo.local', 'demo1234', '10.1.1.1')).statusCode).toBe(200);
  });

  it('answers 429 after more than 10 failures a minute from one IP, whatever the e-mail', async () => {
    for (let i = 0; i < 10; i++) await login(`nobody${i}@demo.local`, 'bad', '10.9.9.9');
    expect((await login('admin@demo.local', 'demo1234', '10.9.9.9')).statusCode).toBe(429);
    expect((await login('admin@demo.local', 'demo1234', '10.9.9.8')).statusCode).toBe(200);
  });

  it('checks at most 10 of 30 concurrent wrong passwords for one e-mail; the rest answer 429 unchecked', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login('admin@outra.local', `wrong-${i}`, `10.30.${i}.1`)));
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(10);
    expect(codes.filter((c) => c === 401).length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === 429).length).toBe(30 - codes.filter((c) => c === 401).length);
    expect(answers.find((r) => r.statusCode === 429)!.json().error.code).toBe('AUTH_TOO_MANY_ATTEMPTS');
  });

  it('gives a successful login its attempt back: more than 10 right logins a minute from one address pass', async () => {
    for (let i = 0; i < 12; i++) expect((await login('supervisor@demo.local', 'demo1234', '10.31.0.1')).statusCode).toBe(200);
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const s = await t.login('agente@demo.local');
    const without = await t.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: { cookie: s.cookie }, payload: { locale: 'en' } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('AUTH_CSRF');
    const forged = await t.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie: s.cookie, 'x-csrf-token': 'guess' },
      payload: { locale: 'en' },
    });
    expect(forged.statusCode).toBe(403);
    const ok = await s.inject({ method: 'PATCH', url: '/api/auth/me', payload: { locale: 'en' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().locale).toBe('en');
  });

  it('persists the language per user and answers errors in it', async () => {
    const s = await t.login('supervisor@demo.local');
    await s.inject({ method: 'PATCH', url: '/api/auth/me', payload: { locale: 'en' } });
    const again = await t.login('supervisor@demo.local');
    expect(again.me).toMatchObject({ locale: 'en' });
    const forbidden = await again.inject({ method: 'POST', url: '/api/teams', payload: { name: 'X' } });
    expect(forbidden.json().error).toEqual({ code: 'AUTH_FORBIDDEN', message: 'You are not allowed to do this.' });
    await again.inject({ method: 'PATCH', url: '/api/auth/me', payload: { locale: 'pt-BR' } });
  });

  it('logs out: the session is gone server-side', async () => {
    const s = await t.login('agente@demo.local');
    expect((await s.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    const me = await s.inject({ url: '/api/auth/me' });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('AUTH_REQUIRED');
  });

  it('revokes the other sessions when the password changes', async () => {
    const a = await t.login('agente@demo.local');
    const b = await t.login('agente@demo.local');
    const wrong = await a.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'x', newPassword: 'outra-Senha-456' } });
    expect(wrong.json().error.code).toBe('AUTH_WRONG_PASSWORD');
    const ok = await a.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'demo1234', newPassword: 'outra-Senha-456' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await b.inject({ url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await a.inject({ url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await login('agente@demo.local', 'demo1234', '10.5.5.5')).statusCode).toBe(401);
    expect((await login('agente@demo.local', 'outra-Senha-456', '10.5.5.5')).statusCode).toBe(200);
  });
});
