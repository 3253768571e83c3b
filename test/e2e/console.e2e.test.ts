import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, loginAs, meStatus, openPage } from './harness.js';

const suite = browserSuite();
const open = async (locale?: string): Promise<Page> => (await suite.open(locale)).page;

async function openUserMenu(page: Page, name: string) {
  await page.getByRole('button', { name }).click();
}

describe('login', () => {
  it('lets an agent in and shows their name in the top bar, without the admin menu', async () => {
    const page = await open();
    await loginAs(page, 'agente@demo.local');
    await page.getByRole('banner').getByText('Alice Agente').waitFor();
    await page.getByRole('heading', { name: 'Início' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    // The console's own "Início" (agente is also on the alert team: "Canal de Alertas" has an "Início" of its own).
    expect(await nav.locator('a[href="/"]').getByText('Início', { exact: true }).count()).toBe(1);
    expect(await nav.getByText('Administração').count()).toBe(0);

    await page.goto('/admin/users');
    await page.getByRole('heading', { name: 'Sem permissão' }).waitFor();
  });

  it('sends a visitor to /login and explains wrong credentials', async () => {
    const page = await open();
    await page.goto('/admin/teams');
    await page.waitForURL('**/login');
    await page.getByLabel('E-mail', { exact: true }).fill('agente@demo.local');
    await page.getByLabel('Senha', { exact: true }).fill('errada-123');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('alert').filter({ hasText: 'E-mail ou senha inválidos.' }).waitFor();
  });

  it('speaks the browser language before login', async () => {
    const page = await open('en-US');
    await page.goto('/login');
    await page.getByLabel('Password', { exact: true }).fill('whatever-1');
    await page.getByLabel('E-mail', { exact: true }).fill('nobody@demo.local');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Invalid e-mail or password.' }).waitFor();
  });
});

describe('user menu', () => {
  it('switches the whole UI to English, keeps it after a reload, and switches back', async () => {
    const page = await open();
    await loginAs(page, 'agente2@demo.local');

    await openUserMenu(page, 'Menu do usuário');
    await page.getByRole('menuitem', { name: 'Idioma' }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Home' }).waitFor();
    await page.getByRole('heading', { name: 'Home' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.reload();
    await openUserMenu(page, 'User menu');
    await page.getByRole('menuitem', { name: 'Log Out' }).waitFor();
    await page.getByRole('menuitem', { name: 'Language' }).click();
    await page.getByRole('menuitemradio', { name: 'Português' }).click();
    await page.getByRole('link', { name: 'Início' }).waitFor();
    await page.getByRole('button', { name: 'Menu do usuário' }).waitFor();
  });

  it('logs out after confirmation, ending the session and the realtime socket', async () => {
    const page = await open();
    const socket = page.waitForEvent('websocket', (ws) => ws.url().includes('/socket.io/'));
    await loginAs(page, 'agente@demo.local');
    const ws = await socket;

    await openUserMenu(page, 'Menu do usuário');
    await page.getByRole('menuitem', { name: 'Log Out' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sair da aplicação' });
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await meStatus(page)).toBe(200);

    await openUserMenu(page, 'Menu do usuário');
    await page.getByRole('menuitem', { name: 'Log Out' }).click();
    await dialog.getByRole('button', { name: 'Log Out' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('button', { name: 'Entrar' }).waitFor();
    expect(await meStatus(page)).toBe(401);
    if (!ws.isClosed()) await ws.waitForEvent('close');
  });
});

describe('administration', () => {
  it('lets an admin create a user who can then log in', async () => {
    const page = await open();
    await loginAs(page, 'admin@demo.local');
    await page.getByRole('banner').getByText('Ana Admin').waitFor();
    // "Administração → Usuários" (the "Canal de Alertas" has a "Usuários" of its own: the app's users).
    await page.locator('a[href="/admin/users"]').click();
    await page.getByRole('heading', { name: 'Usuários' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'agente@demo.local' }).waitFor();

    await page.getByRole('button', { name: 'Novo usuário' }).click();
    const dialog = page.getByRole('dialog', { name: 'Novo usuário' });
    await dialog.getByRole('textbox', { name: 'Nome', exact: true }).fill('Carla Nova');
    await dialog.getByRole('textbox', { name: 'E-mail', exact: true }).fill('agente@demo.local');
    await dialog.getByRole('combobox', { name: 'Perfil' }).click();
    await page.getByRole('option', { name: 'Supervisor' }).click();
    await dialog.getByLabel(/^Senha/).fill('curta');
    await dialog.getByRole('textbox', { name: 'Ramal', exact: true }).fill('2050');
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.getByText('Use ao menos 10 caracteres.').waitFor();

    await dialog.getByLabel(/^Senha/).fill('Qwerty123456');
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.getByText('Esta senha está entre as mais usadas. Escolha outra.').waitFor();

    await dialog.getByLabel(/^Senha/).fill('senha-da-carla');
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.getByText('Já existe um usuário com este e-mail.').waitFor();

    // A field error the server finds (the extension belongs to someone else), said in Portuguese.
    await dialog.getByRole('textbox', { name: 'E-mail', exact: true }).fill('carla@demo.local');
    await dialog.getByRole('textbox', { name: 'Ramal', exact: true }).fill('2001');
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.getByText('Este valor já está em uso.').waitFor();

    await dialog.getByRole('textbox', { name: 'Ramal', exact: true }).fill('2050');
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'carla@demo.local' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Carla Nova[\s\S]*Supervisor[\s\S]*2050[\s\S]*Ativo/);

    const other = await openPage(suite.browser(), suite.server().url);
    try {
      await loginAs(other.page, 'carla@demo.local', 'senha-da-carla');
      await other.page.getByRole('banner').getByText('Carla Nova').waitFor();
    } finally {
      await other.context.close();
    }
  });

  it('lets an admin create, edit and delete a team', async () => {
    const page = await open();
    await loginAs(page, 'admin@demo.local');
    await page.getByRole('link', { name: 'Equipes' }).click();
    await page.getByRole('row').filter({ hasText: 'Suporte N1' }).waitFor();

    await page.getByRole('button', { name: 'Nova equipe' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nova equipe' });
    await dialog.getByRole('textbox', { name: 'Nome', exact: true }).fill('Retenção');
    await dialog.getByRole('textbox', { name: 'Descrição', exact: true }).fill('Clientes que pediram cancelamento');
    await dialog.getByRole('combobox', { name: 'Membros' }).click();
    await page.getByRole('option', { name: 'Bruno Agente' }).click();
    await page.keyboard.press('Escape'); // closes the members list, not the dialog
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'Retenção' });
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('1');

    await row.getByRole('button', { name: 'Editar' }).click();
    const edit = page.getByRole('dialog', { name: 'Editar equipe' });
    await edit.getByRole('textbox', { name: 'Descrição', exact: true }).fill('Ofertas de permanência');
    await edit.getByRole('button', { name: 'Salvar' }).click();
    await edit.waitFor({ state: 'hidden' });
    await row.getByText('Ofertas de permanência').waitFor();

    await row.getByRole('button', { name: 'Excluir' }).click();
    const confirm = page.getByRole('dialog', { name: 'Excluir equipe' });
    await confirm.getByRole('button', { name: 'Excluir' }).click();
    await row.waitFor({ state: 'detached' });
  });
});

// Last: ten failures a minute block logins from this address for the rest of the file.
describe('login throttle', () => {
  it('explains too many attempts', async () => {
    const page = await open();
    await page.goto('/login');
    await page.getByLabel('E-mail', { exact: true }).fill('agente2@demo.local');
    await page.getByLabel('Senha', { exact: true }).fill('errada-123');
    let status = 0;
    for (let i = 0; i < 15 && status !== 429; i++) {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/auth/login')),
        page.getByRole('button', { name: 'Entrar' }).click(),
      ]);
      status = response.status();
    }
    expect(status).toBe(429);
    await page.getByRole('alert').filter({ hasText: 'Muitas tentativas de login' }).waitFor();
  });
});
