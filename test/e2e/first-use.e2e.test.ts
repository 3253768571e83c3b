// What a new agent or supervisor meets first: the login page's promises, the empty attendance
// list, presence notices, the person search at common laptop sizes and the panel's detail
// (SPEC WS-03, WS-06, WS-10, PER-01…PER-03, PAN-07), driven by accessible names in Chromium.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, staffApi } from './harness.js';

const { as, open, server } = browserSuite();

const chatButton = (page: Page) => page.getByRole('button', { name: 'Canais de chat', exact: true });

/** Whether the control shows its whole text: nothing of it is clipped by the control or its label. */
function wholeText(control: Locator): Promise<boolean> {
  return control.evaluate((el) => [el, ...el.querySelectorAll('*')].every((node) => node.scrollWidth <= node.clientWidth + 1));
}

describe('the login page (what works today)', () => {
  it('promises web chat, WhatsApp and Telegram and no channel that does not exist yet, in both languages', async () => {
    const pt = (await open()).page;
    await pt.goto('/login');
    await pt.getByRole('heading', { name: 'Acesse sua conta' }).waitFor();
    const ptText = await pt.locator('body').innerText();
    expect(ptText).toContain('Chat do seu site, WhatsApp e Telegram');
    expect(ptText).not.toMatch(/Messenger|Instagram|\bvoz\b|liga[çc]|alerta|omnicanal/i);

    const en = (await open('en')).page;
    await en.goto('/login');
    await en.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
    const enText = await en.locator('body').innerText();
    expect(enText).toContain('Web chat, WhatsApp and Telegram');
    expect(enText).not.toMatch(/Messenger|Instagram|\bvoice\b|\bcalls?\b|alert|omnichannel/i);
  });
});

describe('presence seen by the agent (WS-06, WS-10)', () => {
  it('tells a paused agent they are paused, and never blames the supervision for the agent’s own changes from another computer', async () => {
    const page = await as('agente2@demo.local');
    await page.goto('/attendances');
    await chatButton(page).filter({ hasText: 'Offline' }).waitFor();
    await page.getByText('Entre em um canal em “Canais de chat” para receber atendimentos.').waitFor();

    // The same agent on another computer: its changes reach this console only as pushes.
    const elsewhere = await staffApi(server().url, 'agente2@demo.local');
    const channels = await elsewhere.call<{ voice: unknown; chat: { targets: { id: string; name: string }[] } }>('GET', '/api/presence/me');
    const webchat = channels.body.chat.targets.find((t) => t.name === 'WebChat')!;
    const reasons = await elsewhere.call<{ items: { id: string; name: string }[] }>('GET', '/api/pause-reasons');
    const lunch = reasons.body.items.find((r) => r.name === 'Almoço')!;

    expect((await elsewhere.call('POST', '/api/presence/me/login', { kind: 'chat_channel', targetId: webchat.id })).status).toBe(200);
    await chatButton(page).filter({ hasText: 'Online' }).waitFor();
    await page.getByText('Você está online: os novos atendimentos aparecem aqui.').waitFor();

    expect((await elsewhere.call('POST', `/api/presence/me/chat/${webchat.id}/pause`, { reasonId: lunch.id })).status).toBe(200);
    await chatButton(page).filter({ hasText: 'Pausado' }).waitFor();
    await page
      .getByText('Você está em pausa nos canais de chat. Para voltar a receber atendimentos, abra “Canais de chat” e clique em “Retomar”.')
      .waitFor();
    expect(await page.getByText('Entre em um canal', { exact: false }).count()).toBe(0);

    // Logging out of the platform there logs out of every channel (WS-02): the agent's own doing.
    expect((await elsewhere.call('POST', '/api/auth/logout')).status).toBe(200);
    await chatButton(page).filter({ hasText: 'Offline' }).waitFor();
    await page.getByText('Entre em um canal em “Canais de chat” para receber atendimentos.').waitFor();
    expect(await page.getByText('pela supervisão', { exact: false }).count()).toBe(0);
  });
});

describe('the attendance screen at common laptop sizes', () => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1440, height: 900 },
  ]) {
    it(`fits ${viewport.width}×${viewport.height}: "Vincular" whole in the person search, the composer in view (PER-03, ATT-05)`, async () => {
      const api = await staffApi(server().url, 'admin@demo.local');
      const name = `Maria Aparecida dos Santos Oliveira ${viewport.width}`;
      const person = await api.call<{ id: string }>('POST', '/api/persons', { type: 'PF', name, emails: [`maria.${viewport.width}@example.com`] });
      expect(person.status).toBe(201);
      const started = await api.call<{ id: string }>('POST', '/api/attendances', { personId: null });
      expect(started.status).toBe(201);

      const page = await as('admin@demo.local');
      await page.setViewportSize(viewport);
      await page.goto(`/attendances/${started.body.id}`);
      await page.getByRole('tab', { name: 'Pessoa' }).click();
      await page.getByRole('searchbox', { name: 'Pesquisar pessoas' }).fill(name);
      const link = page.getByRole('list', { name: 'Pessoas encontradas' }).getByRole('listitem', { name }).getByRole('button', { name: 'Vincular' });
      await link.waitFor();
      expect(await wholeText(link)).toBe(true);
      await link.click();
      await page.getByRole('heading', { name }).waitFor();

      // The whole screen fits the window, banner included: the composer and "Enviar" are in view
      // without scrolling the page (its columns scroll on their own).
      await page.getByRole('button', { name: 'Ativar notificações' }).waitFor();
      const send = await page.getByRole('button', { name: 'Enviar', exact: true }).boundingBox();
      expect(send && send.y >= 0 && send.y + send.height <= viewport.height).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    });
  }
});

describe('the panel’s attendance detail (PAN-07)', () => {
  it('writes the person’s CPF as people write it', async () => {
    const api = await staffApi(server().url, 'supervisor@demo.local');
    const person = await api.call<{ id: string }>('POST', '/api/persons', { type: 'PF', name: 'Joana Prado', document: '39053344705' });
    expect(person.status).toBe(201);
    const created = await api.call<{ protocol: string }>('POST', '/api/attendances/panel', { personId: person.body.id });
    expect(created.status).toBe(201);

    const page = await as('supervisor@demo.local');
    await page.goto('/panel/open/today');
    const row = page.getByRole('region', { name: 'Abertos hoje' }).getByRole('row').filter({ hasText: created.body.protocol });
    await row.dblclick();
    const detail = page.getByRole('dialog').filter({ hasText: created.body.protocol });
    await detail.getByText('Joana Prado — 390.533.447-05').waitFor();
  });
});
