import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { configureMail } from '../../../../test/fakes/mail-setup.js';
import { linkIn, startSmtpInbox, type SmtpInbox } from '../../../../test/fakes/smtp-inbox.js';

type Item = { id: string; title: string };

// SPEC PER-06 "Usuário": first access by CPF/CNPJ + e-mail on file, a one-time link by e-mail, the
// customer's own session, their demands by protocol; the person page's tab and "Reenviar senha".
describe('the customer portal and the person’s portal user', () => {
  let t: TestApp;
  let inbox: SmtpInbox;
  let admin: Session;
  let agent: Session;
  let person: { id: string };
  let noEmail: { id: string };
  let attendance: { protocol: string };
  let request: { protocol: string };
  const CPF = '529.982.247-25';
  const EMAIL = 'cliente@exemplo.com.br';
  const post = (url: string, payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, payload, headers });
  const tokenOf = (text: string) => new URL(linkIn(text)).searchParams.get('token')!;
  const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
    `atende_portal_sid=${res.cookies.find((c) => c.name === 'atende_portal_sid')!.value}`;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await createTestApp({ config: { allowPrivateTargets: true, publicUrl: 'https://atende.example' } });
    admin = await t.login('admin@demo.local');
    agent = await t.login('agente@demo.local');
    person = (
      await agent.inject({ method: 'POST', url: '/api/persons', payload: { type: 'PF', name: 'Maria Cliente', document: CPF, emails: [EMAIL] } })
    ).json();
    noEmail = (
      await agent.inject({ method: 'POST', url: '/api/persons', payload: { type: 'PF', name: 'Sem Email', document: '111.444.777-35' } })
    ).json();
    const started = await agent.inject({ method: 'POST', url: '/api/attendances', payload: { personId: person.id } });
    expect(started.statusCode, started.body).toBe(201);
    attendance = started.json();
    const type = ((await agent.inject({ url: '/api/knowledge/tree' })).json().items as Item[]).find((i) => i.title === 'Visita técnica')!;
    const reg = await agent.inject({
      method: 'POST',
      url: `/api/attendances/${started.json().id}/requests`,
      payload: { requestTypeId: type.id, description: 'Internet cai à noite' },
    });
    request = reg.json();
    await agent.inject({ method: 'POST', url: `/api/requests/${reg.json().id}/comments`, payload: { body: 'COMENTARIO-INTERNO' } });
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  it('"Usuário" says clearly when there is no e-mail on file or no SMTP', async () => {
    expect((await agent.inject({ url: `/api/persons/${person.id}/portal-user` })).json()).toEqual({
      hasEmail: true,
      mailConfigured: false,
      user: null,
    });
    const noSmtp = await agent.inject({ method: 'POST', url: `/api/persons/${person.id}/portal-user/resend` });
    expect([noSmtp.statusCode, noSmtp.json().error.code]).toEqual([409, 'MAIL_NOT_CONFIGURED']);
    await configureMail(admin, inbox);
    const none = await agent.inject({ method: 'POST', url: `/api/persons/${noEmail.id}/portal-user/resend` });
    expect(none.json().error).toEqual({ code: 'PERSON_NO_EMAIL', message: 'Esta pessoa não tem e-mail cadastrado.' });
  });

  it('first access e-mails a link only when CPF and e-mail match, answering the same either way', async () => {
    const wrong = await post('/api/portal/first-access', { document: CPF, email: 'outro@exemplo.com.br' });
    const right = await post('/api/portal/first-access', { document: '52998224725', email: EMAIL });
    expect(wrong.statusCode).toBe(200);
    expect(wrong.body).toBe(right.body);
    const mail = await inbox.received.next(15_000);
    expect(mail.to).toEqual([EMAIL]);
    expect(mail.subject).toContain('portal');
    expect(linkIn(mail.text)).toMatch(/^https:\/\/atende\.example\/portal\/definir-senha\?token=/);
    const token = tokenOf(mail.text);

    expect((await post('/api/portal/password', { token, password: 'password123' })).json().error.code).toBe('PASSWORD_TOO_COMMON');
    const set = await post('/api/portal/password', { token, password: 'Senha-do-portal-1' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().person.name).toBe('Maria Cliente');
    expect((await post('/api/portal/password', { token, password: 'Senha-do-portal-2' })).json().error.code).toBe('PORTAL_LINK_INVALID');
  });

  it('the customer signs in by CPF or e-mail and sees their own demands, without internal notes', async () => {
    expect((await post('/api/portal/login', { login: CPF, password: 'errada-123456' })).json().error.code).toBe('PORTAL_LOGIN_FAILED');
    const byEmail = await post('/api/portal/login', { login: EMAIL.toUpperCase(), password: 'Senha-do-portal-1' });
    expect(byEmail.statusCode).toBe(200);
    const login = await post('/api/portal/login', { login: '529 982 247 25', password: 'Senha-do-portal-1' });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = cookieOf(login);
    const demands = await t.app.inject({ url: '/api/portal/demands', headers: { cookie } });
    expect(demands.statusCode, demands.body).toBe(200);
    expect(
      demands
        .json()
        .items.map((d: { protocol: string }) => d.protocol)
        .sort(),
    ).toEqual([attendance.protocol, request.protocol].sort());
    expect(demands.body).not.toContain('COMENTARIO-INTERNO');
    expect(demands.body).not.toContain('Internet cai');
    // Writes need the session's CSRF token; a staff cookie is no portal session.
    expect((await post('/api/portal/logout', {}, { cookie })).json().error.code).toBe('AUTH_CSRF');
    expect((await t.app.inject({ url: '/api/portal/me', headers: { cookie: agent.cookie } })).statusCode).toBe(401);
    expect((await post('/api/portal/logout', {}, { cookie, 'x-csrf-token': login.json().csrfToken })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/portal/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('"Usuário" shows the login and "Reenviar senha" e-mails a new link that replaces the password', async () => {
    const tab = (await agent.inject({ url: `/api/persons/${person.id}/portal-user` })).json();
    expect(tab).toMatchObject({ hasEmail: true, mailConfigured: true, user: { hasPassword: true } });
    expect(tab.user.passwordSetAt).toBeTruthy();
    expect(tab.user.lastAccessAt).toBeTruthy();
    const resend = await agent.inject({ method: 'POST', url: `/api/persons/${person.id}/portal-user/resend` });
    expect(resend.statusCode, resend.body).toBe(200);
    expect(resend.json().sentTo).toBe(EMAIL);
    const mail = await inbox.received.next(15_000);
    expect(mail.to).toEqual([EMAIL]);
    expect((await post('/api/portal/password', { token: tokenOf(mail.text), password: 'Nova-senha-portal-3' })).statusCode).toBe(200);
    expect((await post('/api/portal/login', { login: CPF, password: 'Senha-do-portal-1' })).statusCode).toBe(401);
    expect((await post('/api/portal/login', { login: CPF, password: 'Nova-senha-portal-3' })).statusCode).toBe(200);
  });

  it('another organization reads and resends nothing', async () => {
    const outra = await t.login('admin@outra.local');
    expect((await outra.inject({ url: `/api/persons/${person.id}/portal-user` })).json().error.code).toBe('PERSON_NOT_FOUND');
    expect((await outra.inject({ method: 'POST', url: `/api/persons/${person.id}/portal-user/resend` })).statusCode).toBe(404);
  });
});
