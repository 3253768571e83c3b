// SPEC PAN-02…PAN-04, ORG-03: the admin's "Configurações de atendimento" pages — processes and
// their ordered subprocesses, SLA reasons, calendars with national and own holidays, and the tool
// permissions matrix — driven by accessible names in Chromium.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, staffApi } from './harness.js';

const { as, server } = browserSuite();
const asAdmin = () => as('admin@demo.local', { live: false });

/** Opens a page of the "Configurações de atendimento" menu group the way an admin would. */
async function openConfig(page: Page, name: string): Promise<void> {
  const link = page.getByRole('link', { name, exact: true });
  const group = page.getByRole('button', { name: 'Configurações de atendimento' });
  // Wait for the menu itself first: right after login it may not have rendered yet, and a group
  // found closed then would be toggled shut again once it renders open.
  await group.waitFor();
  if (!(await link.isVisible())) await group.click();
  await link.waitFor();
  await link.click();
  await page.waitForURL((url) => url.pathname.startsWith('/admin/'));
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The texts of a table's body rows, in order. */
async function rowTexts(table: Locator): Promise<string[]> {
  return table.locator('tbody tr').allTextContents();
}

async function createSubprocess(page: Page, name: string, hours: string): Promise<void> {
  await page.getByRole('button', { name: 'Novo subprocesso' }).click();
  const dialog = page.getByRole('dialog', { name: 'Novo subprocesso' });
  await dialog.getByLabel('Nome').fill(name);
  await dialog.getByLabel('Duração (horas)').fill(hours);
  await dialog.getByRole('button', { name: 'Criar' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function createClassification(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Nova classificação' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nova classificação' });
  await dialog.getByLabel('Nome').fill(name);
  await dialog.getByRole('button', { name: 'Criar' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('processes and subprocesses (PAN-03)', () => {
  it('creates a process with two subprocesses in order, reorders them and refuses a duplicate name', async () => {
    const page = await asAdmin();
    await openConfig(page, 'Processos');

    await page.getByRole('button', { name: 'Novo processo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Novo processo' });
    await dialog.getByLabel('Nome').fill('Instalação de fibra');
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Processos' }).getByRole('row').filter({ hasText: 'Instalação de fibra' }).waitFor();

    // The new process opens its subprocesses at once.
    const panel = page.getByRole('region', { name: 'Subprocessos de Instalação de fibra' });
    await panel.getByText('Este processo ainda não tem subprocessos.').waitFor();

    // A duration outside 1…8760 hours is refused with the field's own message.
    await page.getByRole('button', { name: 'Novo subprocesso' }).click();
    const sub = page.getByRole('dialog', { name: 'Novo subprocesso' });
    await sub.getByLabel('Nome').fill('Agendamento');
    await sub.getByLabel('Duração (horas)').fill('0');
    await sub.getByRole('button', { name: 'Criar' }).click();
    await sub.getByText('Informe a duração em horas, de 1 a 8760.').waitFor();
    await sub.getByLabel('Duração (horas)').fill('24');
    await sub.getByRole('button', { name: 'Criar' }).click();
    await sub.waitFor({ state: 'hidden' });
    await createSubprocess(page, 'Visita técnica', '48');

    const table = panel.getByRole('table');
    await table.getByRole('row').filter({ hasText: 'Visita técnica' }).waitFor();
    expect(await rowTexts(table)).toEqual([expect.stringMatching(/^1Agendamento24 horas/), expect.stringMatching(/^2Visita técnica48 horas/)]);

    await panel.getByRole('group', { name: 'Ações de Visita técnica' }).getByRole('button', { name: 'Mover para cima' }).click();
    await expect.poll(() => rowTexts(table)).toEqual([expect.stringMatching(/^1Visita técnica/), expect.stringMatching(/^2Agendamento/)]);

    // The same name again (other case): the translated error sits on the name field.
    await page.getByRole('button', { name: 'Novo processo' }).click();
    await dialog.getByLabel('Nome').fill('instalação de fibra');
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.getByText('Já existe um processo com este nome.').waitFor();
    expect(await dialog.getByLabel('Nome').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
  });
});

describe('SLA intervention reasons (PAN-04)', () => {
  it('creates a reason of type "Pausa do SLA"', async () => {
    const page = await asAdmin();
    await openConfig(page, 'Motivos de intervenção de SLA');
    await page.getByRole('button', { name: 'Novo motivo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Novo motivo' });
    await dialog.getByLabel('Nome').fill('Aguardando o cliente');
    await dialog.getByText('Pausa do SLA', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'Aguardando o cliente' });
    expect(await row.textContent()).toContain('Pausa do SLA');
    expect(await row.textContent()).toContain('Ativo');

    // Deactivated from the row; it stays listed, as "Inativo".
    await row.getByRole('button', { name: 'Desativar' }).click();
    await row.filter({ hasText: 'Inativo' }).waitFor();
  });
});

describe('classifications, contact origins and SLA policies (PAN-02, PAN-04)', () => {
  it('adds a classification of each kind, renames a built-in origin and creates a policy for a process', async () => {
    const page = await asAdmin();
    await openConfig(page, 'Classificações');
    const opening = page.getByRole('table', { name: 'Classificações — Abertura' });
    const closing = page.getByRole('table', { name: 'Classificações — Encerramento' });
    await createClassification(page, 'Queda de energia');
    await opening.getByRole('row').filter({ hasText: 'Queda de energia' }).waitFor();

    // Each kind lists its own: a closing one stays out of "Abertura" and the other way round.
    await page.getByText('Encerramento', { exact: true }).click();
    await createClassification(page, 'Resolvido remotamente');
    await closing.getByRole('row').filter({ hasText: 'Resolvido remotamente' }).waitFor();
    expect(await closing.getByRole('row').filter({ hasText: 'Queda de energia' }).count()).toBe(0);
    await page.getByText('Abertura', { exact: true }).click();
    await opening.getByRole('row').filter({ hasText: 'Queda de energia' }).waitFor();
    expect(await opening.getByRole('row').filter({ hasText: 'Resolvido remotamente' }).count()).toBe(0);

    await openConfig(page, 'Origens do contato');
    const sac = page.getByRole('row').filter({ hasText: /^SAC/ });
    expect(await sac.textContent()).toContain('Padrão');
    await sac.getByRole('button', { name: 'Editar' }).click();
    const origin = page.getByRole('dialog', { name: 'Editar origem do contato' });
    await origin.getByLabel('Nome').fill('SAC 0800');
    await origin.getByRole('button', { name: 'Salvar' }).click();
    await origin.waitFor({ state: 'hidden' });
    await page.getByRole('row').filter({ hasText: 'SAC 0800' }).filter({ hasText: 'Padrão' }).waitFor();

    await openConfig(page, 'Políticas de SLA');
    await page.getByRole('button', { name: 'Nova política' }).click();
    const policy = page.getByRole('dialog', { name: 'Nova política' });
    await policy.getByLabel('Nome').fill('Comercial rápido');
    await policy.getByRole('combobox', { name: 'Processo', exact: true }).click();
    const firstProcess = page.getByRole('option').first();
    const processName = (await firstProcess.textContent())!.trim();
    await firstProcess.click();
    await policy.getByLabel('Horas').fill('2');
    await policy.getByLabel('Minutos').fill('30');
    await policy.getByText('Corrido', { exact: true }).click();
    await policy.getByRole('button', { name: 'Criar' }).click();
    await policy.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'Comercial rápido' });
    await row.waitFor();
    for (const text of ['Qualquer', processName, '2 h 30 min', 'Corrido', 'Ativo']) expect(await row.textContent()).toContain(text);
  });
});

describe('calendars and holidays (PAN-04)', () => {
  it('lists 2026 with Good Friday as a national holiday and adds an own one', async () => {
    const page = await asAdmin();
    await openConfig(page, 'Calendários');
    const table = page.getByRole('table', { name: 'Calendários' });
    // The demo seed's default calendar (no company).
    const calendar = table.getByRole('row').filter({ hasText: 'Calendário padrão' }).filter({ hasText: 'Padrão (todas as empresas)' });
    await calendar.getByRole('button', { name: 'Feriados' }).click();
    const dialog = page.getByRole('dialog', { name: 'Feriados de Calendário padrão' });
    await dialog.getByRole('combobox', { name: 'Ano' }).click();
    await page.getByRole('option', { name: '2026', exact: true }).click();
    const goodFriday = dialog.getByRole('row').filter({ hasText: '03/04/2026' });
    expect(await goodFriday.textContent()).toContain('Sexta-feira Santa');
    expect(await goodFriday.textContent()).toContain('Nacional');
    expect(await goodFriday.getByRole('button').count()).toBe(0); // computed: nothing to remove

    // The date field reads and is typed day first, "dd/mm/aaaa", whatever the browser's locale.
    const date = dialog.getByRole('textbox', { name: 'Data' });
    expect(await date.inputValue()).toBe('01/01/2026');
    await date.fill('13/06/2026');
    await dialog.getByLabel('Nome do feriado').fill('Santo Antônio');
    await dialog.getByRole('button', { name: 'Adicionar feriado' }).click();
    const own = dialog.getByRole('row').filter({ hasText: '13/06/2026' });
    await own.filter({ hasText: 'Santo Antônio' }).filter({ hasText: 'Próprio' }).waitFor();

    // Or picked from the calendar, which opens on the month of the date in the field, in Portuguese.
    await date.click();
    // Days are named in Portuguese (DatesProvider's pt-br locale).
    await page.getByRole('button', { name: '24 junho 2026', exact: true }).click();
    await expect.poll(() => date.inputValue()).toBe('24/06/2026');
    await dialog.getByLabel('Nome do feriado').fill('São João');
    await dialog.getByRole('button', { name: 'Adicionar feriado' }).click();
    await dialog.getByRole('row').filter({ hasText: '24/06/2026' }).filter({ hasText: 'São João' }).waitFor();
    // Both saved as ISO days.
    const api = await staffApi(server().url, 'admin@demo.local');
    const calendars = (await api.call<{ items: { id: string; name: string }[] }>('GET', '/api/calendars')).body.items;
    const id = calendars.find((c) => c.name === 'Calendário padrão')!.id;
    const saved = (await api.call<{ items: { date: string; name: string }[] }>('GET', `/api/calendars/${id}/holidays?year=2026`)).body.items;
    expect(saved.filter((h) => ['Santo Antônio', 'São João'].includes(h.name)).map((h) => h.date)).toEqual(['2026-06-13', '2026-06-24']);

    // The same date twice is refused on the date field.
    await dialog.getByLabel('Nome do feriado').fill('Outro feriado');
    await dialog.getByRole('button', { name: 'Adicionar feriado' }).click();
    await dialog.getByText('Já existe um feriado nesta data.').waitFor();

    await own.getByRole('button', { name: 'Remover Santo Antônio' }).click();
    await own.waitFor({ state: 'detached' });
  });
});

describe('a company calendar (PAN-04)', () => {
  it('creates one in another time zone with a Saturday period, refusing a malformed time, then deletes it', async () => {
    const page = await asAdmin();
    await openConfig(page, 'Calendários');
    await page.getByRole('button', { name: 'Novo calendário' }).click();
    const dialog = page.getByRole('dialog', { name: 'Novo calendário' });
    await dialog.getByLabel('Nome').fill('Filial Manaus');
    const company = (await dialog.getByRole('combobox', { name: 'Empresa' }).inputValue()).trim();
    expect(company).not.toBe('');
    await dialog.getByRole('combobox', { name: 'Fuso horário' }).click();
    await page.getByRole('option', { name: /^America\/Manaus/ }).click();

    const saturday = dialog.getByRole('group', { name: 'Sábado' });
    expect(await saturday.textContent()).toContain('Sem expediente');
    await saturday.getByRole('button', { name: 'Adicionar período em Sábado' }).click();
    await saturday.getByRole('textbox', { name: 'Fim do período 1 de Sábado' }).fill('12h');
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await saturday.getByText('Use o formato HH:MM.').waitFor();
    await saturday.getByRole('textbox', { name: 'Fim do período 1 de Sábado' }).fill('12:00');
    await dialog.getByRole('button', { name: 'Criar' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByRole('row').filter({ hasText: 'Filial Manaus' });
    await row.waitFor();
    for (const text of [company, 'America/Manaus', '6 dias úteis']) expect(await row.textContent()).toContain(text);

    await row.getByRole('button', { name: 'Excluir' }).click();
    const confirm = page.getByRole('dialog', { name: 'Excluir calendário' });
    await confirm.getByRole('button', { name: 'Excluir' }).click();
    await row.waitFor({ state: 'detached' });
  });
});

describe('tool permissions (ORG-03)', () => {
  it('gives agents "Modificar SLA", keeps it after a reload, and the API follows', async () => {
    const page = await asAdmin();
    await openConfig(page, 'Permissões de ferramentas');
    const cell = page.getByRole('checkbox', { name: 'Modificar SLA: Agente' });
    expect(await cell.isChecked()).toBe(false);
    await cell.check();
    await page.getByText('Há alterações não salvas.').waitFor();
    await page.getByRole('button', { name: 'Salvar' }).click();
    await page.getByText('Permissões salvas.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Permissões de ferramentas' }).waitFor();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Modificar SLA: Agente' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Exportar: Agente' }).isChecked()).toBe(false);

    const agent = await staffApi(server().url, 'agente@demo.local');
    const mine = await agent.call<{ tools: string[] }>('GET', '/api/tool-permissions/me');
    expect(mine.body.tools).toContain('sla.modify');
  });
});
