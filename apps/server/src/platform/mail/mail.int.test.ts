import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { startSmtpInbox, type SmtpInbox } from '../../../test/fakes/smtp-inbox.js';
import { rowsOf } from '../../../test/rows.js';

// E-mail out: "Administração → E-mail" settings, "Enviar e-mail de teste", delivery in a job with
// retry, and the log — against a real SMTP server on loopback.
describe('mail settings and the test e-mail', () => {
  let t: TestApp;
  let inbox: SmtpInbox;
  let admin: Session;
  const settings = () => ({
    host: '127.0.0.1',
    port: inbox.port,
    security: 'none',
    username: 'atende',
    password: 'smtp-secret-1',
    fromName: 'Demo Atendimento',
    fromAddress: 'atendimento@demo.local',
  });

  beforeAll(async () => {
    inbox = await startSmtpInbox({ user: 'atende', pass: 'smtp-secret-1' });
    t = await createTestApp({ config: { allowPrivateTargets: true } });
    admin = await t.login('admin@demo.local');
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  it('answers "not configured" until an admin saves the settings', async () => {
    expect((await admin.inject({ url: '/api/mail/settings' })).json()).toMatchObject({ configured: false });
    const res = await admin.inject({ method: 'POST', url: '/api/mail/test', payload: {} });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('MAIL_NOT_CONFIGURED');
  });

  it('lets only admins read or change the settings', async () => {
    const supervisor = await t.login('supervisor@demo.local');
    expect((await supervisor.inject({ method: 'PUT', url: '/api/mail/settings', payload: settings() })).statusCode).toBe(403);
    expect((await supervisor.inject({ url: '/api/mail/settings' })).statusCode).toBe(403);
    expect((await supervisor.inject({ method: 'POST', url: '/api/mail/test', payload: {} })).statusCode).toBe(403);
  });

  it('keeps the SMTP password sealed and never shows it', async () => {
    const saved = await admin.inject({ method: 'PUT', url: '/api/mail/settings', payload: settings() });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ configured: true, hasPassword: true, username: 'atende', security: 'none' });
    expect(saved.body).not.toContain('smtp-secret-1');
    const [row] = rowsOf(await t.app.platform.tenant.inSystem((s) => s.tx.execute(sql`select password_sealed from mail_settings`)));
    expect(String(row!.password_sealed)).not.toContain('smtp-secret-1');
    // Saving again without a password keeps the one on file.
    const { password: _omit, ...rest } = settings();
    expect((await admin.inject({ method: 'PUT', url: '/api/mail/settings', payload: rest })).json().hasPassword).toBe(true);
  });

  it('sends the test e-mail through the SMTP server, logged in, and logs it as sent', async () => {
    const res = await admin.inject({ method: 'POST', url: '/api/mail/test', payload: { to: 'ti@demo.local' } });
    expect(res.statusCode, res.body).toBe(202);
    const mail = await inbox.received.next(15_000);
    expect(mail).toMatchObject({ to: ['ti@demo.local'], from: 'atendimento@demo.local', subject: 'Atende: e-mail de teste', user: 'atende' });
    expect(mail.text).toContain('Demo Atendimento');
    await vi.waitFor(
      async () => {
        const [entry] = (await admin.inject({ url: '/api/mail/log' })).json().items;
        expect(entry).toMatchObject({ id: res.json().id, status: 'sent', to: 'ti@demo.local', kind: 'test', attempts: 1 });
      },
      { timeout: 10_000 },
    );
  });

  it('tries again when the server answers "try later", and the log counts the attempts', async () => {
    inbox.failNext(1);
    const res = await admin.inject({ method: 'POST', url: '/api/mail/test', payload: {} });
    expect(res.json().to).toBe('admin@demo.local');
    const mail = await inbox.received.next(30_000);
    expect(mail.to).toEqual(['admin@demo.local']);
    await vi.waitFor(
      async () => {
        const entry = (await admin.inject({ url: '/api/mail/log' })).json().items.find((e: { id: string }) => e.id === res.json().id);
        expect(entry).toMatchObject({ status: 'sent', attempts: 2 });
      },
      { timeout: 10_000 },
    );
  }, 60_000);

  it('refuses a private SMTP host when private targets are not allowed', async () => {
    const strict = await createTestApp({ config: { allowPrivateTargets: false } });
    try {
      const a = await strict.login('admin@demo.local');
      const res = await a.inject({ method: 'PUT', url: '/api/mail/settings', payload: settings() });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('TARGET_NOT_ALLOWED');
      expect((await a.inject({ url: '/api/mail/settings' })).json().configured).toBe(false);
    } finally {
      await strict.close();
    }
  });
});
