// SPEC PER-06: the customer portal's first access (link by e-mail) and login, in Chromium by accessible names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn, startSmtpInbox, type SmtpInbox } from '../../apps/server/test/fakes/smtp-inbox.js';
import { browserSuite, staffApi } from './harness.js';

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(() => inbox.close());
const suite = browserSuite({ config: () => ({ allowPrivateTargets: true }) });

describe('customer portal', () => {
  it('first access e-mails a link that sets the password; the customer then signs in and sees their attendance', async () => {
    const admin = await staffApi(suite.server().url, 'admin@demo.local');
    const smtp = { host: '127.0.0.1', port: inbox.port, security: 'none', username: null, fromName: 'Demo', fromAddress: 'atendimento@demo.local' };
    expect((await admin.call('PUT', '/api/mail/settings', smtp)).status).toBe(200);
    const agent = await staffApi(suite.server().url, 'agente@demo.local');
    const person = await agent.call<{ id: string }>('POST', '/api/persons', {
      type: 'PF',
      name: 'Paula Portal',
      document: '111.444.777-35',
      emails: ['paula@exemplo.com.br'],
    });
    expect(person.status).toBe(201);
    const attendance = await agent.call<{ protocol: string }>('POST', '/api/attendances', { personId: person.body.id });
    expect(attendance.status).toBe(201);

    const { page } = await suite.open();
    await page.goto('/portal');
    await page.getByRole('link', { name: 'Primeiro acesso' }).click();
    await page.getByRole('textbox', { name: 'CPF ou CNPJ' }).fill('111.444.777-35');
    await page.getByRole('textbox', { name: 'E-mail cadastrado' }).fill('paula@exemplo.com.br');
    await page.getByRole('button', { name: 'Enviar link' }).click();
    await page
      .getByRole('status')
      .getByText(/receberá um link/)
      .waitFor();

    const mail = await inbox.received.next(20_000);
    expect(mail.to).toEqual(['paula@exemplo.com.br']);
    const link = new URL(linkIn(mail.text));
    await page.goto(link.pathname + link.search);
    await page.getByLabel('Nova senha', { exact: true }).fill('Senha-da-Paula-1');
    await page.getByLabel('Confirme a nova senha').fill('Senha-da-Paula-1');
    await page.getByRole('button', { name: 'Salvar senha e entrar' }).click();
    await page.getByRole('heading', { name: 'Olá, Paula Portal' }).waitFor();
    await page.getByRole('region', { name: `Atendimento ${attendance.body.protocol}` }).waitFor();

    await page.getByRole('button', { name: 'Sair' }).click();
    await page.getByRole('textbox', { name: 'CPF/CNPJ ou e-mail' }).fill('paula@exemplo.com.br');
    await page.getByLabel('Senha', { exact: true }).fill('Senha-da-Paula-1');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('heading', { name: 'Olá, Paula Portal' }).waitFor();
  });
});
