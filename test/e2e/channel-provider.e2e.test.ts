// SPEC ORG-05, CH-02, CH-03: an admin sets a channel's provider settings in Administração → Canais.
// Secrets show only whether they are set and their last 4 characters; a blank secret keeps the
// stored one; field errors sit under their fields.
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness.js';

const { as } = browserSuite();

describe('channel provider settings (ORG-05, CH-02, CH-03)', () => {
  it('shows the demo WhatsApp settings with masked secrets, and saves a change with field errors first', async () => {
    const page = await as('admin@demo.local', { live: false });
    await page.goto('/admin/channels');
    await page
      .getByRole('group', { name: /WhatsApp/ })
      .getByRole('button', { name: 'Provedor' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Provedor do canal WhatsApp' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('ID do número de telefone').inputValue()).toBe('100000000000001');
    expect(await dialog.getByLabel('ID da conta WhatsApp Business (WABA)').inputValue()).toBe('100000000000002');
    expect(await dialog.getByLabel('Mensagens por segundo').inputValue()).toBe('80');
    expect(await dialog.getByText(/^Definido \(…oken\)/).count()).toBe(1);
    expect(await dialog.getByLabel('Token de acesso').inputValue()).toBe('');
    expect(await dialog.getByRole('textbox', { name: 'URL do webhook' }).inputValue()).toMatch(/\/api\/webhooks\/whatsapp$/);
    await dialog.getByRole('button', { name: 'Testar conexão' }).waitFor();
    expect(await dialog.textContent()).not.toContain('demo-whatsapp-token');

    await dialog.getByLabel('ID do número de telefone').fill('abc');
    await dialog.getByLabel('Segredo do aplicativo').fill('curto');
    await dialog.getByRole('button', { name: 'Salvar' }).click();
    await dialog.getByLabel('ID do número de telefone').and(page.locator('[aria-invalid="true"]')).waitFor();
    await dialog.getByText('Formato inválido.').waitFor();
    await dialog.getByText('Use ao menos 8 caracteres.').waitFor();

    await dialog.getByLabel('ID do número de telefone').fill('100000000000001');
    await dialog.getByLabel('Segredo do aplicativo').fill('new-app-secret-4321');
    await dialog.getByRole('button', { name: 'Salvar' }).click();
    await page.getByText('Configuração do provedor salva.').waitFor();
    // The new secret is shown by its last 4 only; the others were kept.
    await dialog.getByText(/^Definido \(…4321\)/).waitFor();
    expect(await dialog.getByText(/^Definido \(…oken\)/).count()).toBe(1);
    expect(await dialog.getByLabel('Segredo do aplicativo').inputValue()).toBe('');
  });

  it('offers "Registrar webhook" for Telegram, with its webhook URL', async () => {
    const page = await as('admin@demo.local', { live: false });
    await page.goto('/admin/channels');
    await page
      .getByRole('group', { name: /Telegram/ })
      .getByRole('button', { name: 'Provedor' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Provedor do canal Telegram' });
    await dialog.getByLabel('Token do bot').waitFor();
    await dialog.getByLabel('Token secreto do webhook').waitFor();
    await dialog.getByRole('button', { name: 'Registrar webhook' }).waitFor();
    await dialog.getByRole('button', { name: 'Testar conexão' }).waitFor();
    expect(await dialog.getByRole('textbox', { name: 'URL do webhook' }).inputValue()).toMatch(/\/api\/webhooks\/telegram\/[\w-]+$/);
    expect(await dialog.getByText(/^Definido \(…cret\)/).count()).toBe(1);
  });
});
