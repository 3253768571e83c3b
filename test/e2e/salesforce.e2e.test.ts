// SPEC CRM-01…CRM-03: an admin sets up Salesforce under Administração, tests the connection against
// a local Salesforce speaking the REST wire format, and sees the secret kept write-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSalesforceFake, type SalesforceFake } from '../../apps/server/test/fakes/salesforce-fake.js';
import { browserSuite } from './harness.js';

// The fake runs on this machine: private targets are allowed here as in development.
const { as } = browserSuite({ config: () => ({ allowPrivateTargets: true }) });

describe('Salesforce settings (CRM-01…CRM-03)', () => {
  let sf: SalesforceFake;
  beforeAll(async () => {
    sf = await startSalesforceFake();
  });
  afterAll(() => sf.close());

  it('an admin saves the connection, tests it, and never sees the secret again', async () => {
    const page = await as('admin@demo.local', { live: false });
    await page.getByRole('link', { name: 'Salesforce' }).click();
    await page.getByRole('heading', { name: 'Salesforce' }).waitFor();
    const form = page.getByRole('form', { name: 'Salesforce' });
    await form.getByRole('switch', { name: 'Integração ativa' }).check();
    await form.getByLabel('URL de login').fill(sf.url);
    await form.getByLabel('Client id').fill(sf.clientId);
    await form.getByLabel('Client secret').fill(sf.clientSecret);
    // Chats are off until the admin says so.
    const chats = form.getByRole('switch', { name: 'Também para chats' });
    expect(await chats.isChecked()).toBe(false);
    await chats.check();
    await form.getByRole('button', { name: 'Salvar' }).click();
    await page.getByText('Configuração do Salesforce salva.').waitFor();
    await form.getByText('Definido. Deixe em branco para manter.').waitFor();
    expect(await form.getByLabel('Client secret').inputValue()).toBe('');

    await form.getByRole('button', { name: 'Testar conexão' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Conexão estabelecida com ${sf.url}.` })
      .waitFor();

    // A wrong secret: the coded error, in Portuguese.
    await form.getByLabel('Client secret').fill('errado');
    await form.getByRole('button', { name: 'Salvar' }).click();
    await page.getByText('Configuração do Salesforce salva.').first().waitFor();
    await form.getByRole('button', { name: 'Testar conexão' }).click();
    await form.getByRole('alert').filter({ hasText: 'O Salesforce recusou as credenciais.' }).waitFor();

    await page.reload();
    await page.getByRole('region', { name: 'Registro da integração' }).getByText('Nenhuma ligação ou chat sincronizado ainda.').waitFor();
    expect(await page.getByRole('form', { name: 'Salesforce' }).getByRole('switch', { name: 'Também para chats' }).isChecked()).toBe(true);
    expect(await page.locator('body').textContent()).not.toContain(sf.clientSecret);
  });
});
