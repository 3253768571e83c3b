// SPEC CH-01 (with ATT-01, ATT-07, ATT-08, PLT-01, PLT-07): the web-chat widget on the demo site,
// driven by accessible names in Chromium; the agent's side goes through the HTTP API.
import { createHmac } from 'node:crypto';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../apps/server/src/main-app.js';
import {
  cuttableWebSockets,
  ensureWidgetBuilt,
  launchBrowser,
  releaseBrowser,
  openPage,
  staffApi,
  startServer,
  webchatChannel,
  type Session,
  type StaffApi,
} from './harness.js';

type Msg = { seq: number; authorKind: string; body: string; internal: boolean };
type State = { attendanceId: string; status: string; protocol: string | null; surveyToken: string | null };

let server: RunningApp;
let browser: Browser;
let agent: StaffApi;
let channel: { id: string; token: string; secret: string };
const sessions: Session[] = [];
const scratch: string[] = [];

beforeAll(async () => {
  await ensureWidgetBuilt();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  channel = await webchatChannel(server);
  agent = await staffApi(server.url, 'agente@demo.local');
});

afterAll(async () => {
  for (const s of sessions) await s.context.close().catch(() => {});
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
  await releaseBrowser(browser);
  await server?.close();
});

async function visitor(locale = 'pt-BR', viewport?: { width: number; height: number }): Promise<Session> {
  const session = await openPage(browser, server.url, locale);
  if (viewport) await session.page.setViewportSize(viewport);
  sessions.push(session);
  return session;
}

/** What the widget's visitor holds, read from its stored token through the widget API. */
async function visitorState(page: Page): Promise<{ visitorToken: string; conversation: State | null; messages: Msg[] }> {
  const visitorToken = await page.evaluate((key) => localStorage.getItem(key), `atende:${channel.token}:visitor`);
  const headers = { 'content-type': 'application/json', ...(visitorToken ? { 'x-visitor-token': visitorToken } : {}) };
  const res = await fetch(`${server.url}/api/widget/${channel.token}/session`, { method: 'POST', headers, body: JSON.stringify({ visitorToken }) });
  return res.json() as Promise<{ visitorToken: string; conversation: State | null; messages: Msg[] }>;
}

const agentMessages = async (attendanceId: string) =>
  (await agent.call<{ messages: Msg[] }>('GET', `/api/attendances/${attendanceId}`)).body.messages.filter((m) => !m.internal);
const reply = (attendanceId: string, body: string) => agent.call('POST', `/api/attendances/${attendanceId}/messages`, { body });
/** The texts of the conversation's bubbles, top to bottom. */
const bubbles = (page: Page) => page.getByRole('log').locator('.bubble .text').allTextContents();

describe('web-chat widget on a site', () => {
  let v: Session;
  let page: Page;
  let sockets: Awaited<ReturnType<typeof cuttableWebSockets>>;
  let agentLink: Socket;
  let attendanceId: string;
  const XSS = '<b>oi</b><script>window.__pwned=1</script>';

  beforeAll(async () => {
    v = await visitor();
    page = v.page;
    sockets = await cuttableWebSockets(v.context);
    // The agent console's socket: typing both ways (and presence stays alive, as with a real console).
    agentLink = io(server.url, { transports: ['websocket'], extraHeaders: { cookie: agent.cookie }, forceNew: true });
    await new Promise((resolve) => agentLink.once('connect', () => resolve(undefined)));
  });
  afterAll(async () => {
    // The next group's visitors must wait in the queue: nobody is left online to take them.
    await agent.call('POST', '/api/presence/me/logout', { kind: 'chat_channel', targetId: channel.id });
    agentLink?.disconnect();
  });

  it('opens from the launcher, validates the pre-chat form and queues the visitor', async () => {
    await page.goto('/demo/site');
    await page.getByRole('button', { name: 'Abrir chat' }).click();
    await page.getByRole('dialog', { name: 'WebChat' }).waitFor();
    await page.getByRole('button', { name: 'Iniciar conversa' }).click();
    await page.getByText('Campo obrigatório').waitFor();
    expect(await page.getByLabel('Nome', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Campo obrigatório').count()).toBe(1); // E-mail is optional on this channel

    await page.getByLabel('Nome', { exact: true }).fill('Paula Visitante');
    await page.getByLabel('E-mail', { exact: true }).fill('paula@cliente.com.br');
    await page.getByRole('button', { name: 'Iniciar conversa' }).click();
    await page.getByText('Aguardando atendimento').waitFor();
    await page.getByText('Posição na fila: 1').waitFor();
    attendanceId = (await visitorState(page)).conversation!.attendanceId;
    expect(v.pageErrors).toEqual([]);
  });

  it('shows the agent who takes the chat, their reply and the protocol', async () => {
    const login = await agent.call('POST', '/api/presence/me/login', { kind: 'chat_channel', targetId: channel.id });
    expect(login.status).toBe(200);
    await page.getByText('Alice Agente está atendendo você').waitFor();
    await reply(attendanceId, 'Olá Paula! Em que posso ajudar?');
    await page.getByText('Olá Paula! Em que posso ajudar?').waitFor();
    await page.getByText(/^Seu protocolo de atendimento é \d{4}-\d{10}$/).waitFor();

    // Typing, both ways.
    agentLink.emit('attendance.typing', attendanceId);
    await page.getByText('Alice Agente está digitando…').waitFor();
    const visitorTyping = new Promise((resolve) => agentLink.on('attendance.typing', (p: { from?: string }) => p.from === 'contact' && resolve(p)));
    await page.getByLabel('Digite sua mensagem').pressSequentially('Um');
    expect(await visitorTyping).toMatchObject({ attendanceId, from: 'contact' });
    await page.getByLabel('Digite sua mensagem').fill('');
    await page.screenshot({ path: '/tmp/atende-widget-desktop.png' });
    expect(v.pageErrors).toEqual([]);
  });

  it('shows markup in messages as text and never runs it', async () => {
    await page.getByLabel('Digite sua mensagem').fill(XSS);
    await page.getByRole('button', { name: 'Enviar' }).click();
    await page.getByText(XSS, { exact: true }).waitFor();
    await reply(attendanceId, '<img src=x onerror="window.__pwned=2">');
    await page.getByText('<img src=x onerror="window.__pwned=2">', { exact: true }).waitFor();
    expect((await agentMessages(attendanceId)).filter((m) => m.body === XSS)).toHaveLength(1);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const markup = await page.evaluate(() => {
      const root = document.querySelector('atende-chat')!.shadowRoot!;
      return { scripts: root.querySelectorAll('script').length, images: root.querySelectorAll('img').length };
    });
    expect(markup).toEqual({ scripts: 0, images: 0 });
  });

  it('keeps the conversation across a reload and a navigation, each message once', async () => {
    const expected = ['Olá Paula! Em que posso ajudar?', XSS, '<img src=x onerror="window.__pwned=2">'];
    await page.reload();
    // The panel stays open as the visitor left it.
    await page.getByText(XSS, { exact: true }).waitFor();
    expect(await bubbles(page)).toEqual(expected);
    await page.getByRole('link', { name: 'Outra página do site' }).click();
    await page.waitForURL('**/demo/site?pagina=2');
    await page.getByText(XSS, { exact: true }).waitFor();
    expect(await bubbles(page)).toEqual(expected);
    expect(await page.getByText(/^Seu protocolo de atendimento é/).count()).toBe(1);
    expect(v.pageErrors).toEqual([]);
  });

  it('loses nothing to a network blip, either way', async () => {
    await expect.poll(() => sockets.connected()).toBe(true);

    // Agent → visitor while the visitor is offline.
    await v.context.setOffline(true);
    await sockets.cut();
    await page.getByText('Reconectando…').waitFor();
    await reply(attendanceId, 'Primeira enquanto offline');
    await reply(attendanceId, 'Segunda enquanto offline');
    sockets.restore();
    await v.context.setOffline(false);
    await page.getByText('Segunda enquanto offline').waitFor();
    await page.getByText('Reconectando…').waitFor({ state: 'hidden' });
    const seen = await bubbles(page);
    expect(seen.filter((t) => t.endsWith('enquanto offline'))).toEqual(['Primeira enquanto offline', 'Segunda enquanto offline']);

    // Visitor → agent while the visitor is offline.
    await v.context.setOffline(true);
    await sockets.cut();
    await page.getByText('Reconectando…').waitFor();
    const box = page.getByLabel('Digite sua mensagem');
    await box.fill('Visitante offline 1');
    await box.press('Enter');
    await box.fill('Visitante offline 2');
    await box.press('Enter');
    await expect.poll(() => page.getByText('Aguardando conexão…').count()).toBe(2);
    expect((await agentMessages(attendanceId)).some((m) => m.body.startsWith('Visitante offline'))).toBe(false);
    sockets.restore();
    await v.context.setOffline(false);
    await page.getByText('Aguardando conexão…').first().waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await agentMessages(attendanceId)).filter((m) => m.body.startsWith('Visitante offline')).map((m) => m.body))
      .toEqual(['Visitante offline 1', 'Visitante offline 2']);
    await expect
      .poll(async () => (await bubbles(page)).filter((t) => t.startsWith('Visitante offline')))
      .toEqual(['Visitante offline 1', 'Visitante offline 2']);
    expect(v.pageErrors).toEqual([]);
  });

  it('sends an image as a thumbnail and refuses a file over 10 MB before uploading it', async () => {
    // A real picture, drawn by the browser, so the screenshot shows a thumbnail.
    const dataUrl = await page.evaluate(() => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 320, height: 200 });
      const g = canvas.getContext('2d')!;
      const grad = g.createLinearGradient(0, 0, 320, 200);
      grad.addColorStop(0, '#0f766e');
      grad.addColorStop(1, '#99f6e4');
      g.fillStyle = grad;
      g.fillRect(0, 0, 320, 200);
      return canvas.toDataURL('image/png');
    });
    const png = Buffer.from(dataUrl.split(',')[1]!, 'base64');
    const input = page.locator('input[type=file]');
    expect(await page.getByRole('button', { name: 'Anexar arquivo' }).isVisible()).toBe(true);
    expect(await input.getAttribute('accept')).toBe('image/*,application/pdf');
    await input.setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: png });
    const thumb = page.getByRole('img', { name: 'foto.png' });
    await thumb.waitFor();
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    // A sparse file on disk: the browser gets its path, nothing is copied through the driver.
    const dir = await mkdtemp(path.join(tmpdir(), 'atende-widget-'));
    scratch.push(dir);
    const big = path.join(dir, 'grande.pdf');
    await truncate(await writeFile(big, '%PDF-1.4\n').then(() => big), 10 * 1024 * 1024 + 1);
    await input.setInputFiles(big);
    await page.getByRole('alert').filter({ hasText: 'O arquivo passa de 10 MB.' }).waitFor();
  });

  it('ends with the protocol, the survey link and "Nova conversa"', async () => {
    const done = await agent.call('POST', `/api/attendances/${attendanceId}/finalize`, { classification: 'Resolvido' });
    expect(done.status).toBe(200);
    await page.getByText(/^Atendimento finalizado\. Protocolo: \d{4}-\d{10}$/).waitFor();
    const state = (await visitorState(page)).conversation!;
    expect(state).toMatchObject({ status: 'finished', surveyToken: expect.any(String) });
    const survey = page.getByRole('link', { name: 'Avaliar atendimento' });
    expect(await survey.getAttribute('href')).toBe(`${server.url}/avaliacao/${state.surveyToken}`);
    expect(await survey.getAttribute('target')).toBe('_blank');
    expect(await page.getByText(`Atendimento finalizado. Protocolo: ${state.protocol}`).count()).toBe(1);
    await page.screenshot({ path: '/tmp/atende-widget-finished.png' });

    await page.getByRole('button', { name: 'Nova conversa' }).click();
    await page.getByRole('button', { name: 'Iniciar conversa' }).waitFor();
    expect(await page.getByLabel('Nome', { exact: true }).inputValue()).toBe('Paula Visitante');
    // On the site's next page the form is still there, not the conversation left behind.
    await page.reload();
    await page.getByRole('button', { name: 'Iniciar conversa' }).waitFor();
    expect(await page.getByRole('log').count()).toBe(0);
    expect(v.pageErrors).toEqual([]);
  });
});

describe('web-chat widget, alone', () => {
  it('fits a 375 px phone screen and closes with Esc', async () => {
    const { page, pageErrors } = await visitor('pt-BR', { width: 375, height: 740 });
    await page.goto('/demo/site');
    await page.getByRole('button', { name: 'Abrir chat' }).click();
    await page.getByLabel('Nome', { exact: true }).fill('Rui Celular');
    await page.getByRole('button', { name: 'Iniciar conversa' }).click();
    const box = page.getByLabel('Digite sua mensagem');
    await box.fill('Olá! Estou no celular e queria saber o prazo de entrega do meu pedido.');
    await box.press('Enter');
    await page.getByText('Olá! Estou no celular', { exact: false }).waitFor();
    const dialog = await page.getByRole('dialog').boundingBox();
    expect(dialog).toEqual({ x: 0, y: 0, width: 375, height: 740 });
    for (const name of ['Enviar', 'Anexar arquivo', 'Fechar chat']) {
      const b = (await page.getByRole('button', { name }).boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(375);
    }
    await page.screenshot({ path: '/tmp/atende-widget-375.png' });

    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const launcher = page.getByRole('button', { name: 'Abrir chat' });
    expect(await launcher.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('works on a customer site of another origin: script, API, live link and attachment images', async () => {
    // The customer's own web server, on another host and port than Atende's.
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="pt-BR"><title>Cliente</title><h1>Loja do cliente</h1><script src="${server.url}/widget.js" data-channel="${channel.token}" async></script>`,
      );
    });
    await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve));
    try {
      const { page, pageErrors } = await visitor();
      await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
      await page.getByRole('button', { name: 'Abrir chat' }).click();
      await page.getByLabel('Nome', { exact: true }).fill('Rita de Outro Site');
      await page.getByRole('button', { name: 'Iniciar conversa' }).click();
      await page.getByText('Aguardando atendimento').waitFor();
      const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
      await page.locator('input[type=file]').setInputFiles({ name: 'pixel.png', mimeType: 'image/png', buffer: png });
      const thumb = page.getByRole('img', { name: 'pixel.png' });
      await thumb.waitFor();
      await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
      expect(pageErrors).toEqual([]);
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });

  it('keeps the demo site within a 390 px phone screen, launcher included', async () => {
    // A real phone: the page's width follows its content, so anything too wide pushes fixed elements out.
    const context = await browser.newContext({
      baseURL: server.url,
      locale: 'pt-BR',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    sessions.push({ context, page, pageErrors: [] });
    await page.goto('/demo/site');
    const launcher = page.getByRole('button', { name: 'Abrir chat' });
    await launcher.waitFor();
    const width = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(width.viewport).toBe(390);
    expect(width.doc).toBeLessThanOrEqual(390);
    const box = (await launcher.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  });

  it('verifies Atende.setUser by HMAC: a wrong hash is refused quietly, the right one skips the form', async () => {
    const { context, page, pageErrors } = await visitor();
    const email = 'carla@cliente.com.br';
    const hash = createHmac('sha256', channel.secret).update(email).digest('hex');
    // The site calls the API before widget.js has loaded (the documented stub and queue).
    await context.addInitScript(
      (user) => {
        const w = window as unknown as { Atende: { q: unknown[][] } };
        w.Atende = { q: [['setUser', user]] };
      },
      { name: 'Carla Verificada', email, hash: 'ab'.repeat(32) },
    );
    const refused = page.waitForResponse((r) => r.url().endsWith('/identify'));
    await page.goto('/demo/site');
    expect((await refused).status()).toBe(401);
    const wrong = await page.evaluate((user) => (window as unknown as { Atende: { setUser(u: object): Promise<unknown> } }).Atende.setUser(user), {
      name: 'Carla',
      email,
      hash: 'cd'.repeat(32),
    });
    expect(wrong).toBeNull();

    const profile = await page.evaluate((user) => (window as unknown as { Atende: { setUser(u: object): Promise<unknown> } }).Atende.setUser(user), {
      name: 'Carla Verificada',
      email,
      hash,
    });
    expect(profile).toMatchObject({ verified: true, email });
    await page.evaluate(() => (window as unknown as { Atende: { open(): void } }).Atende.open());
    const box = page.getByLabel('Digite sua mensagem');
    await box.waitFor();
    expect(await page.getByRole('button', { name: 'Iniciar conversa' }).count()).toBe(0);
    await box.fill('Oi, sou a Carla');
    await box.press('Enter');
    await page.getByText('Oi, sou a Carla').waitFor();
    await page.getByRole('log').getByText('Oi, sou a Carla').waitFor();
    expect((await visitorState(page)).conversation).toMatchObject({ status: expect.stringMatching(/waiting|assigned|in_progress/) });
    expect(pageErrors).toEqual([]);
  });

  it('speaks English to an English browser and reports events to the site', async () => {
    const { page, pageErrors } = await visitor('en-US');
    await page.goto('/demo/site');
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[]; Atende: { on(e: string, f: () => void): void } };
      w.seen = [];
      for (const e of ['ready', 'open', 'close']) w.Atende.on(e, () => w.seen.push(e));
    });
    await page.getByRole('button', { name: 'Open chat' }).click();
    await page.getByLabel('Name', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Start conversation' }).click();
    await page.getByText('Required field').waitFor();
    await page.getByRole('button', { name: 'Close chat' }).click();
    // 'ready' had fired before the listener was added: it is called at once.
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['ready', 'open', 'close']);
    expect(pageErrors).toEqual([]);
  });
});
