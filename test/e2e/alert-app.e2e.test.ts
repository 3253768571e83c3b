// SPEC ALR-01, ALR-03: the Canal de Alertas app (/alertas/) on a 360 × 740 phone in Chromium —
// login, the three buttons with and without location, "Ligar Agora!" dialing by itself after 10
// seconds, an alert fired offline that leaves later with the moment it was fired, its state kept
// live as the team moves it, first access from an invite link, and the service worker's offline
// start and push notifications. Staff and checks go through the HTTP API.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AlertView } from '@atende/shared/schemas/alerts';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../apps/server/src/main-app.js';
import { DEMO_PASSWORD, ROOT, launchBrowser, releaseBrowser, staffApi, startServer, type StaffApi } from './harness.js';

const MARIA = { email: 'usuaria@demo.local', cpf: '529.982.247-25', name: 'Maria Usuária' };
const SAO_PAULO = { latitude: -23.5505, longitude: -46.6333, accuracy: 12 };

let server: RunningApp;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let supervisor: StaffApi;
let contexts: { context: BrowserContext; errors: string[] }[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'apps/alert-app/dist/index.html')))
    throw new Error('apps/alert-app/dist is missing: run through `node scripts/test.mjs --project e2e`, which builds it');
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  supervisor = await staffApi(server.url, 'supervisor@demo.local');
});
afterAll(async () => {
  await releaseBrowser(browser);
  await server?.close();
});
afterEach(async () => {
  const errors = contexts.flatMap((c) => c.errors);
  await Promise.all(contexts.map((c) => c.context.close()));
  contexts = [];
  expect(errors).toEqual([]);
});

/** A phone: 360 × 740, touch, pt-BR; page errors and CSP violations are collected and must be none. */
function phone(permissions: string[] = []) {
  return device({ permissions, locale: 'pt-BR', viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
}

async function device(options: Parameters<typeof browser.newContext>[0] & {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.url, ...options });
  context.setDefaultTimeout(10_000);
  const errors: string[] = [];
  contexts.push({ context, errors });
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && msg.text().includes('Content Security Policy')) errors.push(msg.text());
  });
  return { context, page };
}

async function signIn(page: Page, login = MARIA.email, password = DEMO_PASSWORD) {
  await page.getByLabel('CPF ou e-mail').fill(login);
  await page.getByLabel('Senha', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
}

/** Presses a level's button and confirms it. */
async function fire(page: Page, level: 'Verde' | 'Amarelo' | 'Vermelho') {
  await page.getByRole('button', { name: new RegExp(`^${level}`) }).click();
  await page.getByRole('button', { name: `Enviar alerta ${level}` }).click();
}

/** "Meus alertas" rows, as the user reads them. */
const myAlertsIn = (page: Page, heading: string) => page.getByRole('list', { name: heading }).getByRole('listitem');
const myAlerts = (page: Page) => myAlertsIn(page, 'Meus alertas');

/** The signed-in app user's alerts as the server stores them (the page's own session). */
const storedAlerts = (page: Page) =>
  page.evaluate(async () => ((await (await fetch('/api/alert-app/alerts')).json()) as { alerts: AlertView[] }).alerts);

describe('alert app on a phone', () => {
  it('logs in, fires Vermelho with the location, and dials the service number by itself after 10 s', async () => {
    const { context, page } = await phone();
    await context.grantPermissions(['geolocation'], { origin: server.url });
    await context.setGeolocation(SAO_PAULO);
    await page.clock.install();
    await page.goto('/alertas/');

    await signIn(page, MARIA.cpf, 'senha-errada-123');
    await page.getByText('CPF, e-mail ou senha inválidos.').waitFor();
    await signIn(page);
    await page.getByText(`Olá, ${MARIA.name}`).waitFor();
    await page.getByText('Nenhum alerta enviado.').waitFor();

    await fire(page, 'Vermelho');
    const call = page.getByRole('link', { name: 'Ligar Agora!' });
    await call.waitFor();
    expect(await call.getAttribute('href')).toBe('tel:+551140000000');
    await page.getByRole('status').filter({ hasText: 'Ligando em 10 s…' }).waitFor();
    const row = myAlerts(page).filter({ hasText: 'Vermelho' });
    await row.getByText('Enviado').waitFor();
    await row.getByText('Com localização').waitFor();

    const [stored] = await storedAlerts(page);
    expect(stored).toMatchObject({ level: 'red', state: 'new', location: { lat: SAO_PAULO.latitude, lng: SAO_PAULO.longitude } });

    // Not pressed: after 10 seconds the phone's dialer gets the team's number.
    await page.clock.runFor(10_000);
    await page.locator('html[data-dialed="tel:+551140000000"]').waitFor({ state: 'attached' });
  });

  it('fires Verde without location permission: sent with no location and no call offered', async () => {
    const { page } = await phone();
    await page.goto('/alertas/');
    await signIn(page, MARIA.cpf);
    await fire(page, 'Verde');
    const row = myAlerts(page).filter({ hasText: 'Verde' });
    await row.getByText('Enviado').waitFor();
    await row.getByText('Sem localização').waitFor();
    expect(await page.getByRole('link', { name: 'Ligar Agora!' }).count()).toBe(0);
    const green = (await storedAlerts(page)).find((a) => a.level === 'green');
    expect(green?.location).toBeNull();

    // A voice note for it, from Chromium's fake microphone.
    await page.getByRole('button', { name: 'Gravar áudio' }).click();
    await page.getByRole('button', { name: /^Parar e enviar/ }).click();
    await page.getByText('Áudio enviado.').waitFor();
    await row.getByText('Áudio anexado').waitFor();
    expect((await storedAlerts(page)).find((a) => a.id === green!.id)?.hasVoiceNote).toBe(true);
  });

  it('in an English desktop browser, offers the browser call instead of a tel: link', async () => {
    const { page } = await device({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    await page.goto('/alertas/');
    await page.getByLabel('CPF or e-mail').fill(MARIA.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /^Red/ }).click();
    await page.getByRole('button', { name: 'Send Red alert' }).click();
    const browserCall = page.getByRole('button', { name: 'Call from the browser' });
    await browserCall.waitFor();
    expect(await browserCall.isDisabled()).toBe(false); // the demo's alerts call "Suporte" (ALR-03)
    expect(await page.getByRole('link', { name: 'Call Now!' }).count()).toBe(0);
    // Newest first: the alert just fired tops the list.
    await myAlertsIn(page, 'My alerts').first().getByText('Red', { exact: true }).waitFor();
    await myAlertsIn(page, 'My alerts').first().getByText('Sent', { exact: true }).waitFor();
  });

  it('queues Amarelo fired offline and sends it when back online with the moment it was fired; its state follows the team live', async () => {
    const { context, page } = await phone(['geolocation']);
    await context.setGeolocation(SAO_PAULO);
    await page.goto('/alertas/');
    await signIn(page);
    await page.getByText(`Olá, ${MARIA.name}`).waitFor();
    await page.locator('html[data-live="connected"]').waitFor({ state: 'attached' });
    const before = (await storedAlerts(page)).length;

    await context.setOffline(true);
    await page.getByText('Sem conexão. Os alertas ficam na fila').waitFor();
    const firedFrom = Date.now();
    await fire(page, 'Amarelo');
    const row = myAlerts(page).filter({ hasText: 'Amarelo' });
    await row.getByText('Na fila — será enviado quando houver conexão').waitFor();
    const firedUntil = Date.now();
    // The dialer works without data: the call is offered at once; the user cancels the countdown.
    await page.getByRole('link', { name: 'Ligar Agora!' }).waitFor();
    await page.getByRole('button', { name: 'Cancelar' }).click();
    await page.getByRole('status').filter({ hasText: 'Ligando em' }).waitFor({ state: 'detached' });
    const queued = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('atende-alertas:queue:'))!;
      return JSON.parse(localStorage.getItem(key)!) as { clientId: string; firedAt: string }[];
    });
    expect(queued).toHaveLength(1);

    await context.setOffline(false);
    await row.getByText('Enviado').waitFor();
    // The list may show an earlier Amarelo as sent: what counts is the server holding the queued one.
    await expect.poll(async () => (await storedAlerts(page)).length, { timeout: 15_000 }).toBe(before + 1);
    const alerts = await storedAlerts(page);
    const yellow = alerts.find((a) => a.level === 'yellow')!;
    // Stored with the moment the button was pressed, not the moment it reached the server.
    expect(yellow.firedAt).toBe(queued[0]!.firedAt);
    expect(Date.parse(yellow.firedAt)).toBeGreaterThanOrEqual(firedFrom);
    expect(Date.parse(yellow.firedAt)).toBeLessThanOrEqual(firedUntil);
    expect(Date.parse(yellow.createdAt)).toBeGreaterThan(firedUntil);

    // The team moves it; the app shows each state as it is pushed.
    expect((await supervisor.call('POST', `/api/alerts/${yellow.id}/seen`)).status).toBe(200);
    await row.getByText('Recebido pela equipe').waitFor();
    expect((await supervisor.call('POST', `/api/alerts/${yellow.id}/assume`)).status).toBe(200);
    await row.getByText('Em atendimento').waitFor();
    expect((await supervisor.call('POST', `/api/alerts/${yellow.id}/close`, { note: 'Contato feito, tudo bem.' })).status).toBe(200);
    await row.getByText('Encerrado').waitFor();

    await page.getByRole('button', { name: 'Sair' }).click();
    await page.getByRole('button', { name: 'Entrar' }).waitFor();
    expect(await page.evaluate(async () => (await fetch('/api/alert-app/me')).status)).toBe(401);
  });

  it('creates the password from an invite link (first access), with the password rules shown', async () => {
    const created = await supervisor.call<{ id: string }>('POST', '/api/alerts/users', {
      name: 'João Alerta',
      cpf: '111.444.777-35',
      phone: '(11) 97777-6666',
      email: 'joao.alerta@demo.local',
    });
    expect(created.status).toBe(201);
    const invite = await supervisor.call<{ link: string }>('POST', `/api/alerts/users/${created.body.id}/invite`);
    const link = new URL(invite.body.link);
    const { page } = await phone();
    await page.goto(`/alertas/${link.hash}`);
    await page.getByRole('heading', { name: 'Primeiro acesso' }).waitFor();
    await page.getByLabel('Nova senha').fill('curta');
    await page.getByLabel('Confirme a senha').fill('curta');
    await page.getByRole('button', { name: 'Criar senha' }).click();
    await page.getByText('A senha deve ter ao menos 10 caracteres.').waitFor();
    await page.getByLabel('Nova senha').fill('senha-do-joao-2026');
    await page.getByLabel('Confirme a senha').fill('senha-do-joao-2026');
    await page.getByRole('button', { name: 'Criar senha' }).click();
    await page.getByText('Olá, João Alerta').waitFor();

    // The link is used up: opening it again says so.
    await page.goto('/alertas/');
    await page.getByRole('button', { name: 'Sair' }).click();
    // Signed out (the app then shows its sign-in) before the link is opened again.
    await page.getByRole('button', { name: 'Entrar' }).waitFor();
    await page.goto(`/alertas/${link.hash}`);
    await page.getByLabel('Nova senha').fill('outra-senha-2026');
    await page.getByLabel('Confirme a senha').fill('outra-senha-2026');
    await page.getByRole('button', { name: 'Criar senha' }).click();
    await page.getByText('Este convite é inválido ou expirou. Peça um novo à organização.').waitFor();
  });

  it('opens offline from the service worker and shows a pushed notification', async () => {
    const { context, page } = await phone(['notifications']);
    await page.goto('/alertas/');
    await signIn(page);
    await page.getByText(`Olá, ${MARIA.name}`).waitFor();
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));

    const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href)).json());
    expect(manifest).toMatchObject({
      name: 'Atende — Canal de Alertas',
      short_name: 'Alertas',
      start_url: '/alertas/',
      scope: '/alertas/',
      display: 'standalone',
    });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512']);

    // pushManager.subscribe hangs in headless Chromium (no push service): deliver through the DevTools protocol.
    const cdp = await context.newCDPSession(page);
    const registration = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const r = registrations.find((x) => x.scopeURL === `${server.url}/alertas/` && !x.isDeleted);
        if (r) resolve(r.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: server.url,
      registrationId: await registration,
      data: JSON.stringify({ title: 'Canal de Alertas', body: 'Seu alerta foi recebido pela equipe.' }),
    });
    await page.waitForFunction(async () => {
      const r = await navigator.serviceWorker.ready;
      return (await r.getNotifications()).some((n) => n.title === 'Canal de Alertas' && n.body === 'Seu alerta foi recebido pela equipe.');
    });

    // No network at all: the app shell comes from the worker, with the remembered user.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Escolha o nível de risco' }).waitFor();
    await page.getByText(`Olá, ${MARIA.name}`).waitFor();
    await context.setOffline(false);
  });
});
