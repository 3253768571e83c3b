// SPEC WS-01…WS-10, ORG-05: the agent workspace in the top bar, the supervisor's "Agentes"
// view and the queue, channel and pause-reason admin, driven by accessible names in Chromium.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, finishAttendance, insertAttendanceInProgress, meStatus } from './harness.js';

const { as, login, server } = browserSuite();

const live = (page: Page) => page.locator('[data-realtime="connected"]').waitFor();

// Mantine draws the switch's track over its (visually hidden) input: click where the user would.
const toggle = (control: Locator) => control.click({ force: true });

function voiceButton(page: Page) {
  return page.getByRole('button', { name: 'Canais de voz', exact: true });
}

function chatButton(page: Page) {
  return page.getByRole('button', { name: 'Canais de chat', exact: true });
}

async function openList(page: Page, name: 'Canais de voz' | 'Canais de chat'): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor();
  return dialog;
}

/** Resolves once the text of `locator` differs from what it is now (a timer ticking). */
async function changes(locator: Locator): Promise<void> {
  const before = await locator.textContent();
  await expect.poll(() => locator.textContent(), { timeout: 5000, interval: 200 }).not.toBe(before);
}

describe('voice channels (WS-03, WS-04, WS-05, WS-07, WS-08)', () => {
  it('logs into a queue, pauses with a reason while the timer counts, resumes; the dialer follows', async () => {
    const page = await as('agente@demo.local');
    const voice = voiceButton(page);
    expect(await voice.textContent()).toContain('Offline');
    const dialer = page.getByRole('button', { name: 'Discador' });
    expect(await dialer.isDisabled()).toBe(true);
    await dialer.hover();
    await page.getByRole('tooltip', { name: 'Nenhum canal de voz on-line' }).waitFor();

    const list = await openList(page, 'Canais de voz');
    const suporte = list.getByRole('group', { name: 'Suporte' });
    await suporte.getByRole('img', { name: 'Canal de Voz Receptivo' }).hover();
    await page.getByRole('tooltip', { name: 'Canal de Voz Receptivo' }).waitFor();
    await list.getByRole('group', { name: 'Vendas' }).getByRole('img', { name: 'Canal de Voz Ativo' }).waitFor();
    expect(await list.getByRole('button', { name: 'Pausar' }).isDisabled()).toBe(true); // nothing online yet

    await toggle(list.getByRole('switch', { name: 'Suporte' }));
    await voice.filter({ hasText: 'Online' }).filter({ hasText: '1/2' }).waitFor();
    await suporte.getByText(/^Online há \d\d:\d\d:\d\d$/).waitFor();
    expect(await list.getByRole('group', { name: 'Vendas' }).textContent()).toContain('Offline');
    expect(await dialer.isDisabled()).toBe(false);

    await list.getByRole('button', { name: 'Pausar' }).click();
    await list.getByRole('radio', { name: 'Almoço' }).check();
    await list.getByRole('button', { name: 'Confirmar pausa' }).click();
    await voice.filter({ hasText: 'Pausado' }).waitFor();
    const timer = suporte.getByText(/^Pausado \(Almoço\) há \d\d:\d\d:\d\d$/);
    await timer.waitFor();
    await changes(timer);

    await list.getByRole('button', { name: 'Retomar' }).click();
    await suporte.getByText(/^Online há/).waitFor();
    await voice.filter({ hasText: 'Online' }).waitFor();

    // WS-08: the dialer, now that a voice queue is online.
    await page.keyboard.press('Escape');
    await dialer.click();
    const dialerPanel = page.getByRole('dialog', { name: 'Discador' });
    await dialerPanel.getByRole('tab', { name: 'Teclado' }).waitFor();
    expect(await dialerPanel.getByRole('button', { name: 'Ligar' }).isDisabled()).toBe(true);
    for (const key of ['2', '0', '0', '2', '1']) await dialerPanel.getByRole('button', { name: key, exact: true }).click();
    await dialerPanel.getByRole('button', { name: 'Apagar' }).click();
    expect(await dialerPanel.getByRole('textbox', { name: 'Número' }).inputValue()).toBe('2002');
    // VOX-05: the demo has no PBX to originate calls, so the browser's softphone would dial; none is connected here.
    await dialerPanel.getByRole('button', { name: 'Ligar' }).click();
    await page.getByText('Nenhum telefone conectado neste navegador. Conecte o softphone para ligar.').waitFor();
    await dialerPanel.getByRole('tab', { name: 'Contatos' }).click();
    await dialerPanel.getByRole('searchbox', { name: 'Buscar contatos' }).fill('Bruno');
    const bruno = dialerPanel.getByRole('button', { name: /Bruno Agente/ });
    expect(await bruno.textContent()).toContain('Ramal 2002');

    await page.keyboard.press('Escape');
    await toggle((await openList(page, 'Canais de voz')).getByRole('switch', { name: 'Suporte' }));
    await voice.filter({ hasText: 'Offline' }).waitFor();
    expect(await dialer.isDisabled()).toBe(true);
  });
});

describe('chat channels (WS-06) and a second tab', () => {
  it('pauses every channel of the shared queue, and the other tab follows live', async () => {
    const { page, context, pageErrors } = await login('agente@demo.local');
    const other = await context.newPage(); // same cookies: a second tab
    other.on('pageerror', (err) => pageErrors.push(err.message));
    await other.goto('/');
    await live(other);
    expect(await chatButton(other).textContent()).toContain('Offline');

    const list = await openList(page, 'Canais de chat');
    expect(await list.getByRole('group', { name: 'WebChat' }).textContent()).toContain('Fila Atendimento');
    expect(await list.getByRole('group', { name: 'WhatsApp' }).textContent()).toContain('Fila Atendimento');
    await toggle(list.getByRole('switch', { name: 'WebChat' }));
    await list.getByRole('button', { name: 'Pausar WebChat' }).waitFor();
    await toggle(list.getByRole('switch', { name: 'WhatsApp' }));
    await chatButton(page).filter({ hasText: '2/3' }).waitFor();
    await chatButton(other).filter({ hasText: 'Online' }).filter({ hasText: '2/3' }).waitFor();

    await list.getByRole('button', { name: 'Pausar WebChat' }).click();
    await list.getByRole('radio', { name: 'Almoço' }).check();
    await list.getByRole('button', { name: 'Confirmar pausa' }).click();
    await list
      .getByRole('group', { name: 'WhatsApp' })
      .getByText(/^Pausado \(Almoço\) há/)
      .waitFor();
    await list.getByRole('button', { name: 'Retomar WhatsApp' }).waitFor();

    await chatButton(other).filter({ hasText: 'Pausado' }).waitFor();
    const otherList = await openList(other, 'Canais de chat');
    await otherList
      .getByRole('group', { name: 'WebChat' })
      .getByText(/^Pausado \(Almoço\) há/)
      .waitFor();
    // Its own doing in another tab is no news: no "paused by a supervisor" notice.
    expect(await other.getByText('Você foi pausado pela supervisão').count()).toBe(0);

    await list.getByRole('button', { name: 'Retomar WhatsApp' }).click();
    await otherList
      .getByRole('group', { name: 'WebChat' })
      .getByText(/^Online há/)
      .waitFor();
    await otherList
      .getByRole('group', { name: 'WhatsApp' })
      .getByText(/^Online há/)
      .waitFor();

    await toggle(list.getByRole('switch', { name: 'WebChat' }));
    await toggle(list.getByRole('switch', { name: 'WhatsApp' }));
    await chatButton(other).filter({ hasText: 'Offline' }).waitFor();
  });
});

describe('logout rule (WS-02)', () => {
  it('refuses to log out while an attendance is in progress, then lets the agent out', async () => {
    const page = await as('agente@demo.local');
    const attendanceId = await insertAttendanceInProgress(server(), 'agente@demo.local');

    await page.getByRole('button', { name: 'Menu do usuário' }).click();
    await page.getByRole('menuitem', { name: 'Log Out' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sair da aplicação' });
    await dialog.getByRole('button', { name: 'Log Out' }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBe(
      'Você não pode fazer logout enquanto houver atendimentos em andamento. Finalize-os para sair da aplicação.',
    );
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    expect(await meStatus(page)).toBe(200);

    await finishAttendance(server(), attendanceId);
    await page.getByRole('button', { name: 'Menu do usuário' }).click();
    await page.getByRole('menuitem', { name: 'Log Out' }).click();
    await dialog.getByRole('button', { name: 'Log Out' }).click();
    await page.waitForURL('**/login');
    expect(await meStatus(page)).toBe(401);
  });
});

describe('supervision ("Agentes", WS-03, WS-07)', () => {
  it('shows an agent live and forces a pause and a logout that reach the agent at once', async () => {
    const agent = await as('agente@demo.local');
    await toggle((await openList(agent, 'Canais de voz')).getByRole('switch', { name: 'Suporte' }));
    await voiceButton(agent).filter({ hasText: 'Online' }).waitFor();
    await agent.keyboard.press('Escape');

    const supervisor = await as('supervisor@demo.local');
    await supervisor.getByRole('link', { name: 'Agentes' }).click();
    await supervisor.getByRole('heading', { name: 'Agentes' }).waitFor();
    const row = supervisor.getByRole('row').filter({ hasText: 'Alice Agente' });
    await row.getByText(/^Online há/).waitFor();
    expect(await row.textContent()).toMatch(/Conectado[\s\S]*Suporte/);

    await row.getByRole('button', { name: 'Forçar pausa' }).click();
    const pause = supervisor.getByRole('dialog', { name: 'Forçar pausa' });
    expect(await pause.getByRole('combobox', { name: 'Canal' }).inputValue()).toBe('Canais de voz (todas as filas)');
    await pause.getByRole('combobox', { name: 'Motivo da pausa' }).click();
    await supervisor.getByRole('option', { name: 'Treinamento' }).click();
    await pause.getByRole('button', { name: 'Forçar pausa' }).click();
    await pause.waitFor({ state: 'hidden' });
    await row.getByText(/^Pausado \(Treinamento\) há/).waitFor();

    await voiceButton(agent).filter({ hasText: 'Pausado' }).waitFor();
    await agent.getByText('Você foi pausado pela supervisão').waitFor();

    await row.getByRole('button', { name: 'Forçar logout' }).click();
    const logout = supervisor.getByRole('dialog', { name: 'Forçar logout' });
    expect(await logout.getByRole('combobox', { name: 'Canal' }).inputValue()).toBe('Todos os canais');
    await logout.getByRole('button', { name: 'Forçar logout' }).click();
    await logout.waitFor({ state: 'hidden' });
    await voiceButton(agent).filter({ hasText: 'Offline' }).waitFor();
    await agent.getByText('Você foi desconectado pela supervisão').waitFor();
    expect(await row.getByText(/Online há|Pausado/).count()).toBe(0);
  });
});

describe('administration of the workspace (ORG-05)', () => {
  it('creates a pause reason that agents can then choose', async () => {
    const admin = await as('admin@demo.local');
    await admin.getByRole('link', { name: 'Motivos de pausa' }).click();
    await admin.getByRole('row').filter({ hasText: 'Treinamento' }).waitFor();
    await admin.getByRole('button', { name: 'Novo motivo' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Novo motivo' });
    await dialog.getByRole('textbox', { name: 'Nome' }).fill('Almoço');
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.getByText('Já existe um motivo de pausa com este nome.').waitFor();
    await dialog.getByRole('textbox', { name: 'Nome' }).fill('Reunião');
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await admin.getByRole('row').filter({ hasText: 'Reunião' }).waitFor();

    const agent = await as('agente2@demo.local');
    const list = await openList(agent, 'Canais de voz');
    await toggle(list.getByRole('switch', { name: 'Vendas' }));
    await voiceButton(agent).filter({ hasText: 'Online' }).waitFor();
    await list.getByRole('button', { name: 'Pausar' }).click();
    await list.getByRole('radio', { name: 'Reunião' }).waitFor();
    await list.getByRole('button', { name: 'Cancelar' }).click();
    await toggle(list.getByRole('switch', { name: 'Vendas' }));
    await voiceButton(agent).filter({ hasText: 'Offline' }).waitFor();
  });

  it('creates a queue and a channel feeding it, and refuses to delete a queue in use', async () => {
    const admin = await as('admin@demo.local');
    await admin.getByRole('link', { name: 'Filas' }).click();
    await admin.getByRole('row').filter({ hasText: 'Suporte' }).filter({ hasText: 'Receptivo' }).waitFor();
    await admin.getByRole('row').filter({ hasText: 'Vendas' }).filter({ hasText: 'Ativo' }).waitFor();

    await admin.getByRole('button', { name: 'Nova fila' }).click();
    const form = admin.getByRole('dialog', { name: 'Nova fila' });
    await form.getByRole('textbox', { name: 'Nome' }).fill('Retenção');
    await form.getByText('Chat', { exact: true }).click();
    expect(await form.getByRole('combobox', { name: 'Direção' }).count()).toBe(0);
    await form.getByRole('combobox', { name: 'Distribuição' }).click();
    await admin.getByRole('option', { name: 'Rodízio' }).click();
    await form.getByRole('button', { name: 'Criar' }).click();
    await form.waitFor({ state: 'hidden' });
    const row = admin.getByRole('row').filter({ hasText: 'Retenção' });
    expect(await row.textContent()).toMatch(/Chat[\s\S]*Rodízio/);

    await row.getByRole('button', { name: 'Agentes da fila' }).click();
    const members = admin.getByRole('dialog', { name: 'Agentes da fila Retenção' });
    await members.getByRole('combobox', { name: 'Agentes' }).click();
    await admin.getByRole('option', { name: /Bruno Agente/ }).click();
    await admin.keyboard.press('Escape'); // closes the list, not the dialog
    await members.getByRole('textbox', { name: 'Capacidade de Bruno Agente' }).fill('5');
    await members.getByRole('button', { name: 'Salvar' }).click();
    await members.waitFor({ state: 'hidden' });
    expect(await row.getByRole('cell').nth(4).textContent()).toBe('1');

    await admin.getByRole('link', { name: 'Canais' }).click();
    await admin.getByRole('row').filter({ hasText: 'WebChat' }).getByRole('textbox', { name: 'Token público' }).waitFor();
    await admin.getByRole('button', { name: 'Novo canal' }).click();
    const channel = admin.getByRole('dialog', { name: 'Novo canal' });
    await channel.getByRole('textbox', { name: 'Nome' }).fill('Telegram Retenção');
    await channel.getByRole('combobox', { name: 'Tipo' }).click();
    await admin.getByRole('option', { name: 'Telegram' }).click();
    await channel.getByRole('combobox', { name: 'Fila' }).click();
    expect(await admin.getByRole('option', { name: 'Suporte' }).count()).toBe(0); // a voice queue
    await admin.getByRole('option', { name: 'Retenção' }).click();
    await channel.getByRole('button', { name: 'Criar' }).click();
    await channel.waitFor({ state: 'hidden' });
    await admin.getByRole('row').filter({ hasText: 'Telegram Retenção' }).filter({ hasText: 'Retenção' }).waitFor();

    await admin.getByRole('link', { name: 'Filas' }).click();
    await row.getByRole('button', { name: 'Excluir' }).click();
    const confirm = admin.getByRole('dialog', { name: 'Excluir fila' });
    await confirm.getByRole('button', { name: 'Excluir' }).click();
    await confirm.getByText('Esta fila recebe canais. Mova-os para outra fila antes de excluí-la.').waitFor();
    await confirm.getByRole('button', { name: 'Cancelar' }).click();
  });
});

// A 1×1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

async function choosePhoto(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Alterar foto' }).click()]);
  await chooser.setFiles(file);
}

describe('user menu (WS-01, WS-10)', () => {
  it('shows "Meu Perfil" and edits the name and the photo, refusing what is not an image', async () => {
    const page = await as('admin@demo.local');
    await page.getByRole('button', { name: 'Menu do usuário' }).click();
    await page.getByRole('menuitem', { name: 'Meu Perfil' }).click();
    const profile = page.getByRole('dialog', { name: 'Meu Perfil' });
    expect(await profile.textContent()).toMatch(/Ana Admin[\s\S]*admin@demo\.local[\s\S]*Ramal[\s\S]*1000/);
    await profile.getByRole('button', { name: 'Editar Perfil' }).click();

    const edit = page.getByRole('dialog', { name: 'Editar Perfil' });
    await edit.getByRole('textbox', { name: 'Nome' }).fill('Ana Souza');
    await edit.getByRole('button', { name: 'Salvar' }).click();
    await page.getByRole('banner').getByText('Ana Souza').waitFor();

    await profile.getByRole('button', { name: 'Editar Perfil' }).click();
    await choosePhoto(page, { name: 'nota.png', mimeType: 'image/png', buffer: Buffer.from('isto não é uma imagem') });
    await edit.getByRole('alert').filter({ hasText: 'Envie uma imagem PNG, JPEG ou WebP de até 1 MB.' }).waitFor();

    await choosePhoto(page, { name: 'foto.png', mimeType: 'image/png', buffer: PNG });
    const photo = page.getByRole('banner').locator('img[src*="/avatar"]');
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    expect(await edit.getByRole('alert').count()).toBe(0);

    await edit.getByRole('button', { name: 'Remover foto' }).click();
    await photo.waitFor({ state: 'detached' });
  });

  it('remembers devices and notification sound per user in this browser', async () => {
    const page = await as('agente2@demo.local');
    await page.getByRole('button', { name: 'Menu do usuário' }).click();
    await page.getByRole('menuitem', { name: 'Configurações de Dispositivos' }).click();
    const devices = page.getByRole('dialog', { name: 'Configurações de Dispositivos' });
    const mic = devices.getByRole('combobox', { name: 'Microfone' });
    await expect.poll(() => mic.isEnabled()).toBe(true);
    await mic.click();
    const options = page.getByRole('option');
    expect(await options.count()).toBeGreaterThan(1); // the default and Chromium's fake microphone
    const chosen = (await options.nth(1).textContent()) ?? '';
    await options.nth(1).click();
    await devices.getByRole('combobox', { name: 'Alto-falante' }).waitFor();
    await devices.getByRole('button', { name: 'Testar alto-falante' }).click();
    await devices.getByRole('button', { name: 'Fechar' }).first().click();

    await page.getByRole('button', { name: 'Notificações', exact: true }).click();
    const sound = page.getByRole('switch', { name: 'Som das notificações' });
    expect(await sound.isChecked()).toBe(true);
    await toggle(sound);
    await expect.poll(() => sound.isChecked()).toBe(false);

    await page.reload();
    await page.getByRole('button', { name: 'Notificações', exact: true }).click();
    expect(await page.getByRole('switch', { name: 'Som das notificações' }).isChecked()).toBe(false);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Menu do usuário' }).click();
    await page.getByRole('menuitem', { name: 'Configurações de Dispositivos' }).click();
    await expect.poll(() => devices.getByRole('combobox', { name: 'Microfone' }).inputValue()).toBe(chosen);
  });
});
