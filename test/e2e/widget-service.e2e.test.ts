// SPEC CH-01, ATT-02: the visitor sees who serves them as soon as service starts, without a reload.
// The widget used to keep "Aguardando atendimento · Posição na fila: 1" and "Estamos aqui para
// ajudar" after the agent had answered: now the answer pushes the state, and the catch-up after a
// reconnect carries it for a widget that missed the pushes.
import type { Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, cuttableWebSockets, ensureWidgetBuilt, staffApi, webchatChannel, type StaffApi } from './harness.js';

const { open, server } = browserSuite();
let channel: { id: string; token: string };
let agent: StaffApi;
let agentLink: Socket | undefined;

beforeAll(async () => {
  await ensureWidgetBuilt();
  channel = await webchatChannel(server());
  agent = await staffApi(server().url, 'agente@demo.local');
});
afterEach(() => {
  agentLink?.disconnect();
  agentLink = undefined;
});

/** Alice online in the WebChat channel, her console's socket open (as with a real console); resolves with her first offer. */
async function agentOnline(): Promise<{ offered: Promise<string> }> {
  agentLink = io(server().url, { transports: ['websocket'], extraHeaders: { cookie: agent.cookie }, forceNew: true });
  await new Promise((resolve) => agentLink!.once('connect', () => resolve(undefined)));
  const offered = new Promise<string>((resolve) => agentLink!.once('attendance.offered', (a: { id: string }) => resolve(a.id)));
  expect((await agent.call('POST', '/api/presence/me/login', { kind: 'chat_channel', targetId: channel.id })).status).toBe(200);
  return { offered };
}

async function startChat(page: Page, name: string): Promise<void> {
  await page.goto('/demo/site');
  await page.getByRole('button', { name: 'Abrir chat' }).click();
  await page.getByLabel('Nome', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Iniciar conversa' }).click();
  await page.getByLabel('Digite sua mensagem').waitFor();
}

async function attendanceOf(page: Page): Promise<string> {
  const visitorToken = await page.evaluate((key) => localStorage.getItem(key), `atende:${channel.token}:visitor`);
  const res = await fetch(`${server().url}/api/widget/${channel.token}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ visitorToken }),
  });
  return ((await res.json()) as { conversation: { attendanceId: string } }).conversation.attendanceId;
}

/** The widget's header shows the agent, and nothing says the visitor still waits. */
async function servedBy(page: Page, agentName: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'WebChat' });
  await dialog.getByText(`${agentName} está atendendo você`).waitFor();
  await dialog.getByText('Aguardando atendimento').waitFor({ state: 'hidden' });
  expect(await dialog.getByText('Estamos aqui para ajudar').count()).toBe(0);
  expect(await dialog.getByText(/Posição na fila/).isVisible()).toBe(false);
}

describe('the widget names the agent as soon as service starts', () => {
  it('after a reconnect: offered and answered while its link was down, it shows the agent without a reload', async () => {
    const { context, page, pageErrors } = await open();
    const sockets = await cuttableWebSockets(context);
    await startChat(page, 'Rita Visitante');
    await page.getByText('Posição na fila: 1').waitFor();
    await page.getByText('Estamos aqui para ajudar').waitFor();
    await expect.poll(() => sockets.connected()).toBe(true);
    const attendanceId = await attendanceOf(page);

    await sockets.cut();
    await page.getByText('Reconectando…').waitFor();
    const { offered } = await agentOnline();
    expect(await offered).toBe(attendanceId);
    expect((await agent.call('POST', `/api/attendances/${attendanceId}/messages`, { body: 'Olá Rita, sou a Alice.' })).status).toBe(200);
    sockets.restore();

    await page.getByText('Olá Rita, sou a Alice.').waitFor();
    await servedBy(page, 'Alice Agente');
    expect(pageErrors).toEqual([]);
  });

  it('live: with the agent already online, the header names her as the chat starts and when she answers', async () => {
    await agentOnline();
    const { page, pageErrors } = await open();
    await startChat(page, 'Otávio Visitante');
    await servedBy(page, 'Alice Agente');
    const attendanceId = await attendanceOf(page);
    expect((await agent.call('POST', `/api/attendances/${attendanceId}/messages`, { body: 'Olá Otávio!' })).status).toBe(200);
    await page.getByText('Olá Otávio!').waitFor();
    await servedBy(page, 'Alice Agente');
    expect(pageErrors).toEqual([]);
  });
});
