import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { configureMail } from '../../../test/fakes/mail-setup.js';
import { linkIn, startSmtpInbox, type SmtpInbox } from '../../../test/fakes/smtp-inbox.js';

// SPEC ALR-07: with SMTP set, "Gerar link de primeiro acesso" also e-mails the link to the app user.
describe('alert app first-access link by e-mail', () => {
  let t: TestApp;
  let inbox: SmtpInbox;
  let supervisor: Session;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    t = await createTestApp({ config: { allowPrivateTargets: true } });
    await configureMail(await t.login('admin@demo.local'), inbox);
    supervisor = await t.login('supervisor@demo.local');
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  it('e-mails the same one-time link the supervisor sees', async () => {
    const u = (
      await supervisor.inject({
        method: 'POST',
        url: '/api/alerts/users',
        payload: { name: 'Ana Nova', cpf: '390.533.447-05', email: 'ana@exemplo.com' },
      })
    ).json();
    const invite = await supervisor.inject({ method: 'POST', url: `/api/alerts/users/${u.id}/invite` });
    expect(invite.statusCode, invite.body).toBe(200);
    expect(invite.json().emailedTo).toBe('ana@exemplo.com');
    const mail = await inbox.received.next(15_000);
    expect(mail.to).toEqual(['ana@exemplo.com']);
    expect(mail.subject).toBe('Canal de Alertas: primeiro acesso');
    expect(linkIn(mail.text)).toBe(invite.json().link);
    const token = new URL(linkIn(mail.text).replace('#/', '')).searchParams.get('token')!;
    const first = (password: string) => t.app.inject({ method: 'POST', url: '/api/alert-app/first-access', payload: { token, password } });
    expect((await first('senha-da-ana-2026')).statusCode).toBe(200);
    expect((await first('outra-senha-2026')).json().error.code).toBe('ALERT_APP_INVITE_INVALID');
  });

  it('only shows the link to a user with no e-mail', async () => {
    const u = (await supervisor.inject({ method: 'POST', url: '/api/alerts/users', payload: { name: 'Bia', cpf: '935.411.347-80' } })).json();
    const invite = await supervisor.inject({ method: 'POST', url: `/api/alerts/users/${u.id}/invite` });
    expect(invite.json()).toMatchObject({ emailedTo: null });
    expect(invite.json().link).toMatch(/primeiro-acesso\?token=/);
  });
});
