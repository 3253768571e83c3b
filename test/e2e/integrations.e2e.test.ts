// SPEC PLT-02, PLT-03: an admin creates an API token (shown once, with a copy button) and a webhook
// endpoint (its signing secret shown once) under Administração.
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness.js';

// The endpoint below points at this machine: private targets are allowed here as in development.
const { as } = browserSuite({ config: () => ({ allowPrivateTargets: true }) });

describe('integrations (PLT-02, PLT-03)', () => {
  it('an admin creates an API token and sees it once', async () => {
    const page = await as('admin@demo.local', { live: false });
    await page.getByRole('link', { name: 'Tokens de API' }).click();
    await page.getByRole('heading', { name: 'Tokens de API' }).waitFor();
    await page.getByRole('button', { name: 'Novo token' }).click();
    const form = page.getByRole('dialog', { name: 'Novo token' });
    await form.getByLabel('Nome').fill('Integração ERP');
    await form.getByRole('checkbox', { name: 'Escrita' }).check();
    await form.getByRole('button', { name: 'Criar' }).click();

    const shown = page.getByRole('dialog', { name: 'Token criado' });
    await shown.getByText('Copie o token agora: ele não será mostrado novamente.').waitFor();
    const token = await shown.getByRole('textbox', { name: 'Integração ERP' }).inputValue();
    expect(token).toMatch(/^atd_/);
    await shown.getByRole('button', { name: 'Copiar token' }).waitFor();
    await shown.getByRole('button', { name: 'Fechar' }).last().click();

    const row = page.getByRole('row', { name: /Integração ERP/ });
    await row.getByText('Escrita').waitFor();
    await row.getByText('Nunca').waitFor();
    expect(await page.locator('body').textContent()).not.toContain(token);
    await page.reload();
    await page.getByRole('row', { name: /Integração ERP/ }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain(token);
  });

  it('an admin creates a webhook endpoint and sees its secret once', async () => {
    const page = await as('admin@demo.local', { live: false });
    await page.goto('/admin/webhooks');
    await page.getByRole('button', { name: 'Novo webhook' }).click();
    const form = page.getByRole('dialog', { name: 'Novo webhook' });
    await form.getByLabel('URL').fill('http://127.0.0.1:9/atende');
    await form.getByLabel('Descrição').fill('ERP de testes');
    await form.getByRole('checkbox', { name: 'Atendimento criado' }).check();
    await form.getByRole('checkbox', { name: 'Atendimento finalizado' }).check();
    await form.getByRole('button', { name: 'Criar' }).click();

    const shown = page.getByRole('dialog', { name: 'Segredo de assinatura' });
    const secret = await shown.getByRole('textbox').inputValue();
    expect(secret).toMatch(/^whsec_/);
    await shown.getByRole('button', { name: 'Fechar' }).last().click();

    const row = page.getByRole('row', { name: /127\.0\.0\.1:9\/atende/ });
    await row.getByText('Atendimento criado, Atendimento finalizado').waitFor();
    await row.getByText('Ativo').waitFor();
    expect(await page.locator('body').textContent()).not.toContain(secret);
    await row.getByRole('button', { name: 'Entregas' }).click();
    await page
      .getByRole('dialog', { name: /Entregas de/ })
      .getByText('Nenhuma entrega ainda.')
      .waitFor();
  });
});
