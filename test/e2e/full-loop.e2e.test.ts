// SPEC CH-01, ATT-01…ATT-09: the whole loop through both real UIs in Chromium — a visitor on /demo/site
// with the widget, the agent in the console — from the first message to the rating in "Histórico".
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../apps/server/src/main-app.js';
import { ensureWidgetBuilt, launchBrowser, releaseBrowser, loginAs, openPage, startServer, type Session } from './harness.js';

let server: RunningApp;
let browser: Browser;
const sessions: Session[] = [];
// Mantine draws its switch over the real checkbox, so the click goes to the control itself.
const toggle = (control: Locator) => control.click({ force: true });

beforeAll(async () => {
  await ensureWidgetBuilt();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  for (const s of sessions) await s.context.close().catch(() => {});
  await releaseBrowser(browser);
  await server?.close();
});

describe('the core loop, end to end', () => {
  it('visitor → offer → reply → protocol on both sides → Finalizar → survey → rating in Histórico', async () => {
    // The agent comes online on WebChat and opens the attendance screen.
    const agent = await openPage(browser, server.url);
    sessions.push(agent);
    const a = agent.page;
    await loginAs(a, 'agente@demo.local');
    await a.locator('[data-realtime="connected"]').waitFor();
    await a.getByRole('button', { name: 'Canais de chat', exact: true }).click();
    await toggle(a.getByRole('dialog', { name: 'Canais de chat' }).getByRole('switch', { name: 'WebChat' }));
    await a.getByRole('button', { name: 'Canais de chat', exact: true }).filter({ hasText: 'Online' }).waitFor();
    await a.keyboard.press('Escape');
    await a.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Atendimento' }).click();
    await a.getByRole('tab', { name: 'Atendimento', selected: true }).waitFor();

    // A visitor on the customer's site starts a chat.
    const visitor = await openPage(browser, server.url);
    sessions.push(visitor);
    const v = visitor.page;
    await v.goto('/demo/site');
    await v.getByRole('button', { name: 'Abrir chat' }).click();
    await v.getByLabel('Nome', { exact: true }).fill('Rita Cliente');
    await v.getByLabel('E-mail', { exact: true }).fill('rita@cliente.com.br');
    await v.getByRole('button', { name: 'Iniciar conversa' }).click();
    await v.getByLabel('Digite sua mensagem').fill('Minha internet caiu.');
    await v.getByRole('button', { name: 'Enviar' }).click();

    // The offer reaches the agent, who answers: the protocol is issued and shown to both.
    const item = a.getByRole('navigation', { name: 'Meus atendimentos' }).getByRole('link', { name: /Rita Cliente/ });
    await item.click();
    await a.getByRole('log', { name: 'Conversa' }).getByText('Minha internet caiu.', { exact: true }).waitFor();
    await a.getByRole('textbox', { name: 'Mensagem' }).fill('Olá, Rita! Vou verificar.');
    await a.getByRole('button', { name: 'Enviar' }).click();
    const header = a.getByText(/^Protocolo: \d{4}-\d{10}$/);
    await header.waitFor();
    const protocol = (await header.textContent())!.replace('Protocolo: ', '');
    await v.getByText('Olá, Rita! Vou verificar.').waitFor();
    await v.getByText(`Seu protocolo de atendimento é ${protocol}`).waitFor();

    // "Finalizar" with a closing classification.
    await a.getByRole('button', { name: 'Finalizar', exact: true }).click();
    const dialog = a.getByRole('dialog', { name: 'Finalizar atendimento' });
    await dialog.getByRole('combobox', { name: 'Classificação de encerramento' }).click();
    await a.getByRole('option', { name: 'Problema resolvido' }).click();
    await dialog.getByRole('button', { name: 'Finalizar' }).click();
    await a.getByText('Atendimento finalizado com sucesso').waitFor();

    // The visitor sees the protocol and "Avaliar atendimento", and rates 5.
    await v.getByText(protocol, { exact: false }).last().waitFor();
    const rate = v.getByRole('link', { name: 'Avaliar atendimento' });
    const href = (await rate.getAttribute('href'))!;
    expect(href).toMatch(/\/avaliacao\/[A-Za-z0-9_-]+$/);
    const survey = await visitor.context.newPage();
    await survey.goto(href);
    await survey.getByRole('button', { name: '5 estrelas' }).click();
    await survey.getByRole('button', { name: 'Enviar avaliação' }).click();
    await survey.getByRole('heading', { name: 'Obrigado pela sua avaliação!' }).waitFor();

    // The rating shows in the agent's "Histórico".
    await a.getByRole('tab', { name: 'Histórico' }).first().click();
    const row = a.getByRole('row').filter({ hasText: protocol });
    await row.getByRole('img', { name: '5 estrelas' }).waitFor();
    expect(visitor.pageErrors).toEqual([]);
    expect(agent.pageErrors).toEqual([]);
  });
});
