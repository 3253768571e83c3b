// SPEC KB-01…KB-03, ATT-07, ATT-11, ATT-12: the knowledge base, requests, scripts and forms in the attendance
// screen, driven by accessible names in Chromium against the demo content.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './harness.js';

const { as } = browserSuite();

const sideTab = (page: Page, name: string) => page.getByRole('tablist', { name: 'Dados do atendimento' }).getByRole('tab', { name });

/** "Iniciar atendimento", for the person found by `search` or, without it, with no person. */
async function startAttendance(page: Page, search?: { text: string; name: string }): Promise<void> {
  await page.goto('/attendances');
  await page.getByRole('button', { name: 'Iniciar atendimento' }).click();
  const dialog = page.getByRole('dialog', { name: 'Iniciar atendimento' });
  if (search) {
    await dialog.getByRole('searchbox', { name: 'Pesquisar pessoas' }).fill(search.text);
    await dialog.getByRole('button', { name: `Iniciar atendimento para ${search.name}` }).click();
  } else {
    await dialog.getByRole('button', { name: 'Iniciar sem pessoa' }).click();
  }
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText(/^Protocolo: \d{4}-\d{10}$/).waitFor();
}

/** The knowledge panel's tree: section "Internet", then the item. */
async function openItem(page: Page, name: string): Promise<void> {
  await sideTab(page, 'Base').click();
  const panel = page.getByRole('tabpanel', { name: 'Base' });
  await panel.getByRole('tab', { name: 'Início', selected: true }).waitFor();
  await panel.getByRole('button', { name: 'Internet' }).click();
  await panel.getByRole('button', { name }).click();
}

describe('knowledge base in the attendance', () => {
  it('registers "Velocidade reduzida", back to "Resumo", listed in "Finalizar"; "Visita técnica" needs a person (KB-02, KB-03, ATT-07)', async () => {
    const page = await as('agente@demo.local');
    await startAttendance(page);

    await openItem(page, 'Velocidade reduzida (Informação)');
    const panel = page.getByRole('tabpanel', { name: 'Base' });
    await panel
      .getByRole('region', { name: 'Solução Proposta' })
      .getByText('Reinicie o modem e aguarde dois minutos. Se persistir, registre uma solicitação.')
      .waitFor();
    await panel.getByRole('button', { name: 'Confirmar informação' }).click();
    await sideTab(page, 'Resumo').and(page.locator('[aria-selected="true"]')).waitFor();

    // The search ignores accents: "tecnica" finds "Visita técnica".
    await sideTab(page, 'Base').click();
    await panel.getByRole('textbox', { name: 'Pesquisar na base de conhecimento' }).fill('tecnica');
    await panel.getByRole('list', { name: 'Resultados da pesquisa' }).getByRole('listitem', { name: 'Visita técnica (Solicitação)' }).click();
    await panel.getByRole('note', { name: 'Orientação ao operador' }).waitFor();
    await panel.getByRole('textbox', { name: 'Descrição' }).fill('Cliente pede visita para trocar o modem');
    await panel.getByRole('button', { name: 'Registrar Solicitação' }).click();
    await panel.getByRole('alert').getByText('Não é possível registrar uma solicitação identificada sem uma pessoa vinculada.').waitFor();

    await page.getByRole('button', { name: 'Finalizar', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Finalizar atendimento' });
    await dialog.getByRole('group', { name: 'Informações registradas' }).getByText('Velocidade reduzida').waitFor();
    expect(await dialog.getByRole('group', { name: 'Solicitações registradas' }).textContent()).toContain('Nenhuma.');
  });

  it('with a person, "Visita técnica" gets its own protocol; the script reads with the names filled, the equipment form is saved (KB-03, ATT-11, ATT-12)', async () => {
    const page = await as('agente@demo.local');
    // The person, registered through the API from the page's own session.
    const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const person = await page.request.post('/api/persons', {
      data: { type: 'PF', name: 'Carla Cliente', document: '111.444.777-35', emails: [], phones: [] },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(person.status()).toBe(201);
    await startAttendance(page, { text: '11144477735', name: 'Carla Cliente' });
    const attendanceProtocol = (await page.getByText(/^Protocolo: \d{4}-\d{10}$/).textContent())!.slice('Protocolo: '.length);

    await openItem(page, 'Visita técnica (Solicitação)');
    const panel = page.getByRole('tabpanel', { name: 'Base' });
    await panel.getByRole('textbox', { name: 'Descrição' }).fill('Sinal cai todas as noites');
    await panel.getByRole('button', { name: 'Registrar Solicitação' }).click();
    const done = panel.getByRole('status').filter({ hasText: 'Solicitação registrada' });
    await done.waitFor();
    const protocol = (await done.textContent())!.match(/\d{4}-\d{10}/)![0];
    expect(protocol).not.toBe(attendanceProtocol);

    await page.getByRole('button', { name: 'Script de Atendimento' }).click();
    const scripts = page.getByRole('dialog', { name: 'Script de Atendimento' });
    await scripts.getByRole('article', { name: 'Abertura' }).getByText('Olá Carla Cliente, meu nome é Alice Agente. Como posso ajudar?').waitFor();
    await page.keyboard.press('Escape');
    await scripts.waitFor({ state: 'hidden' });

    // ATT-12: "Dados do equipamento" from its icon; "Modelo" is required; the save is in "Eventos".
    await page.getByRole('button', { name: 'Dados do equipamento' }).click();
    const form = page.getByRole('dialog', { name: 'Dados do equipamento' });
    await form.getByRole('button', { name: 'Salvar' }).click();
    await form.getByText('Campo obrigatório.').waitFor();
    await form.getByRole('textbox', { name: /^Modelo/ }).fill('Roteador X');
    await form.getByRole('textbox', { name: /^Número de série/ }).fill('SN-123');
    await form.getByRole('button', { name: 'Salvar' }).click();
    await form.waitFor({ state: 'hidden' });
    await sideTab(page, 'Eventos').click();
    await page.getByRole('tabpanel', { name: 'Eventos' }).getByText('Formulário preenchido: Dados do equipamento').waitFor();
    await page.getByRole('tabpanel', { name: 'Eventos' }).getByText(`Solicitação ${protocol} registrada: Visita técnica`).waitFor();

    await page.getByRole('button', { name: 'Finalizar', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Finalizar atendimento' });
    await dialog.getByRole('group', { name: 'Solicitações registradas' }).getByText(`${protocol} — Visita técnica`).waitFor();
  });
});
