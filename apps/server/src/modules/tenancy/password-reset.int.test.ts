import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../../../test/test-app.js';
import { configureMail } from '../../../test/fakes/mail-setup.js';
import { linkIn, startSmtpInbox, type SmtpInbox } from '../../../test/fakes/smtp-inbox.js';

// "Esqueci minha senha": a one-time link by e-mail, the usual password rules, every session ended.
describe('staff password reset by e-mail', () => {
  let t: TestApp;
  let inbox: SmtpInbox;
  const ask = (email: string, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { email }, remoteAddress });
  const confirm = (token: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password } });

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await createTestApp({ config: { allowPrivateTargets: true, publicUrl: 'https://atende.example' } });
    await configureMail(await t.login('admin@demo.local'), inbox);
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  it('answers the same for an unknown e-mail and sends nothing for it', async () => {
    const unknown = await ask('ninguem@demo.local');
    const known = await ask('supervisor@demo.local');
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toBe(known.body);
    // Mails leave in order: the first to arrive is the supervisor's, none for the unknown address.
    const mail = await inbox.received.next(15_000);
    expect(mail.to).toEqual(['supervisor@demo.local']);
    expect(mail.subject).toBe('Atende: redefinição de senha');
  });

  it('sets a new password once through the link and ends every session', async () => {
    const agent = await t.login('agente@demo.local');
    expect((await ask('agente@demo.local')).statusCode).toBe(200);
    const mail = await inbox.received.next(15_000);
    expect(mail.to).toEqual(['agente@demo.local']);
    const link = new URL(linkIn(mail.text));
    expect(link.origin + link.pathname).toBe('https://atende.example/redefinir-senha');
    const token = link.searchParams.get('token')!;

    // The password rules apply, and a refused password leaves the link usable.
    const weak = await confirm(token, 'password123');
    expect(weak.json().error.code).toBe('PASSWORD_TOO_COMMON');

    expect((await confirm(token, 'Nova-senha-forte-9')).statusCode).toBe(200);
    expect((await agent.inject({ url: '/api/auth/me' })).statusCode).toBe(401);
    await expect(t.login('agente@demo.local', 'Nova-senha-forte-9')).resolves.toBeTruthy();
    await expect(t.login('agente@demo.local', DEMO_PASSWORD)).rejects.toThrow();

    const again = await confirm(token, 'Outra-senha-forte-8');
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('PASSWORD_RESET_INVALID');
  });

  it('refuses a made-up link', async () => {
    const res = await confirm('x'.repeat(43), 'Nova-senha-forte-9');
    expect(res.json().error.code).toBe('PASSWORD_RESET_INVALID');
  });

  it('limits requests for one e-mail, from any address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await ask('limite@demo.local', `203.0.113.${i + 1}`)).statusCode);
    expect(codes.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(codes.at(-1)).toBe(429);
    expect((await ask('outro@demo.local', '203.0.113.99')).statusCode).toBe(200);
  });
});
