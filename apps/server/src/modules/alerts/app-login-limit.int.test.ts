import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/test-app.js';

// SPEC ALR-01: the alert app's login shares the staff login's brute-force limit: more than 10
// failures a minute for one login (CPF or e-mail), one account (both together) or from one address answer 429
// AUTH_TOO_MANY_ATTEMPTS, unchecked, until the one-minute window has passed.

const MARIA_CPF = '529.982.247-25';

describe('alert app login limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const login = (login: string, password: string, ip: string) =>
    t.app.inject({ method: 'POST', url: '/api/alert-app/login', payload: { login, password }, remoteAddress: ip });
  /** The window is the database's clock: age it instead of waiting a minute. */
  const windowPasses = (key: string) =>
    t.database.db.execute(sql`update login_attempts set window_start = window_start - interval '61 seconds' where key like ${key}`);

  it('answers 429 after more than 10 failures a minute for one CPF, even with the right password; the right password works after the window', async () => {
    for (let i = 0; i < 10; i++) {
      const wrong = await login(MARIA_CPF, `errada-${i}`, `10.2.0.${i}`);
      expect([wrong.statusCode, wrong.json().error.code]).toEqual([401, 'ALERT_APP_LOGIN_FAILED']);
    }
    // Any punctuation of the CPF is the same login.
    const blocked = await login('52998224725', DEMO_PASSWORD, '10.2.1.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toEqual({ error: { code: 'AUTH_TOO_MANY_ATTEMPTS', message: expect.any(String) } });
    expect(blocked.cookies.find((c) => c.name === 'atende_app_sid')).toBeUndefined();
    // Another login from another address is still checked.
    expect((await login('outra@exemplo.com', 'errada', '10.2.1.2')).json().error.code).toBe('ALERT_APP_LOGIN_FAILED');

    await windowPasses('alert-app:52998224725');
    await windowPasses('alert-app-user:%');
    const after = await login(MARIA_CPF, DEMO_PASSWORD, '10.2.1.3');
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json().user.cpf).toBe(MARIA_CPF);
  });

  it('answers 429 after more than 10 failures a minute from one address, whatever the login', async () => {
    for (let i = 0; i < 10; i++) expect((await login(`ninguem${i}@exemplo.com`, 'errada', '10.3.0.1')).statusCode).toBe(401);
    const blocked = await login(MARIA_CPF, DEMO_PASSWORD, '10.3.0.1');
    expect([blocked.statusCode, blocked.json().error.code]).toEqual([429, 'AUTH_TOO_MANY_ATTEMPTS']);
    expect((await login(MARIA_CPF, DEMO_PASSWORD, '10.3.0.2')).statusCode).toBe(200);
    await windowPasses('ip:10.3.0.1');
    expect((await login(MARIA_CPF, DEMO_PASSWORD, '10.3.0.1')).statusCode).toBe(200);
  });

  it('counts the account, not the string typed: CPF and e-mail failures add up to one limit', async () => {
    for (let i = 0; i < 5; i++) expect((await login(MARIA_CPF, `errada-cpf-${i}`, `10.4.0.${i}`)).statusCode).toBe(401);
    for (let i = 0; i < 5; i++) expect((await login('usuaria@demo.local', `errada-mail-${i}`, `10.4.1.${i}`)).statusCode).toBe(401);
    // Neither string reached its own limit (6 of 10), and no address did: the account did.
    const blocked = await login('USUARIA@demo.local', DEMO_PASSWORD, '10.4.2.1');
    expect([blocked.statusCode, blocked.json().error.code]).toEqual([429, 'AUTH_TOO_MANY_ATTEMPTS']);
    await windowPasses('alert-app-user:%');
    expect((await login('usuaria@demo.local', DEMO_PASSWORD, '10.4.2.2')).statusCode).toBe(200);
  });
});
