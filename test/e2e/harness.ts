// Browser tests drive the real built console served by the real server (in-process, in-memory
// database with the demo seed, copied from the run's template) in Debian's Chromium, finding
// controls by their accessible names.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { startApp, type RunningApp } from '../../apps/server/src/main-app.js';
import type { Config } from '../../apps/server/src/platform/config.js';
import { testConfig } from '../../apps/server/test/test-config.js';
import type { DatabaseTemplates } from '../../apps/server/test/templates.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const WEB_DIST = path.join(ROOT, 'apps/web/dist');
export const DEMO_PASSWORD = 'demo1234';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Microphone and speakers for "Configurações de Dispositivos" and, later, calls: no prompt, fake devices.
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  // Built-in calls (VOX-06 a): Atende's WebRTC peer answers on loopback in tests.
  '--allow-loopback-in-peer-connection',
];

// What the console build depends on besides node_modules.
const WEB_SOURCES = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/shared/src'];

function newestMtime(p: string): number {
  const abs = path.join(ROOT, p);
  if (!existsSync(abs)) return 0;
  const stat = statSync(abs);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(abs).map((name) => newestMtime(path.join(p, name))));
}

/** True when dist/index.html is missing or older than a source file. */
export function webDistIsStale(): boolean {
  const index = path.join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return WEB_SOURCES.some((p) => newestMtime(p) > built);
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

export async function ensureWebBuilt(): Promise<void> {
  if (webDistIsStale()) await run('npm', ['run', 'build', '-w', '@atende/web']);
}

export async function startServer(config: Partial<Config> = {}): Promise<RunningApp> {
  await ensureWebBuilt();
  // From the run's migrated and seeded database (apps/server/test/templates.ts), sealed with the
  // tests' key: migrations and the demo seed find nothing left to do.
  const templates: DatabaseTemplates = inject('databaseTemplates');
  const template = new Blob([await readFile(templates.seeded)]);
  const { encryptionKey, demoPassword } = testConfig();
  return startApp({
    config: { port: 0, host: '127.0.0.1', seedDemo: true, webDist: WEB_DIST, encryptionKey, demoPassword, ...config },
    inMemory: true,
    loadDataDir: template,
    logger: false,
  });
}

// One Chromium per test worker, shared by its files (every test opens contexts of its own):
// launching it was most of a file's start. One that crashed or closed is launched again; Playwright
// ends it with the worker.
let shared: Promise<Browser> | undefined;

export function launchBrowser(): Promise<Browser> {
  if (!shared) {
    const launching = chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    shared = launching;
    launching.then(
      (browser) => browser.on('disconnected', () => (shared = shared === launching ? undefined : shared)),
      () => (shared = shared === launching ? undefined : shared),
    );
  }
  return shared;
}

/** A file is done with the shared browser: what it left open is closed, the browser stays for the next file. */
export async function releaseBrowser(browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((context) => context.close()));
}

export type Session = { context: BrowserContext; page: Page; pageErrors: string[] };

/** A fresh browser profile (no cookies) whose languages are `locale`; uncaught page errors are collected. */
export async function openPage(browser: Browser, baseURL: string, locale = 'pt-BR'): Promise<Session> {
  // Reduced motion: the console then skips its open/close animations, so a click never lands on an
  // item that a collapsing menu group is still moving (the theme honours the preference).
  const context = await browser.newContext({ baseURL, locale, viewport: { width: 1366, height: 800 }, reducedMotion: 'reduce' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  // A script, style or connection the Content-Security-Policy blocks is a broken page too.
  page.on('console', (msg) => {
    if (msg.type() === 'error' && msg.text().includes('Content Security Policy')) pageErrors.push(msg.text());
  });
  return { context, page, pageErrors };
}

/** Logs in through the pt-BR login form and waits for the console's top bar. */
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Senha', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.getByRole('button', { name: 'Menu do usuário' }).waitFor();
}

export type BrowserSuite = {
  server(): RunningApp;
  browser(): Browser;
  /** A fresh browser profile (see `openPage`), closed by the suite with its page errors checked. */
  open(locale?: string): Promise<Session>;
  /** `open`, then the pt-BR login as `email`; with `live` (the default) also waits for the realtime link. */
  login(email: string, options?: { locale?: string; live?: boolean }): Promise<Session>;
  /** The page of `login`. */
  as(email: string, options?: { locale?: string; live?: boolean }): Promise<Page>;
};

/**
 * Registers the hooks of a browser-test file: the server and Chromium start before all tests and
 * stop after them; the profiles opened through the suite are closed after each test, or, with
 * `pages: 'file'`, once after all (tests that carry one conversation along), and either way the
 * uncaught page errors they collected must be none. `config` is read when the server starts (after
 * the file's earlier `beforeAll` hooks, e.g. a provider fake whose URL it needs).
 */
export function browserSuite(options: { pages?: 'test' | 'file'; config?: () => Partial<Config> } = {}): BrowserSuite {
  let server: RunningApp | undefined;
  let browser: Browser | undefined;
  let sessions: Session[] = [];
  const closeSessions = async () => {
    const errors = sessions.flatMap((s) => s.pageErrors);
    await Promise.all(sessions.map((s) => s.context.close()));
    sessions = [];
    return errors;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(options.config?.()), launchBrowser()]);
  });
  afterAll(async () => {
    const errors = options.pages === 'file' ? await closeSessions() : [];
    await releaseBrowser(browser);
    await server?.close();
    expect(errors).toEqual([]);
  });
  if (options.pages !== 'file') afterEach(async () => expect(await closeSessions()).toEqual([]));

  const suite: BrowserSuite = {
    server: () => server ?? failNotStarted(),
    browser: () => browser ?? failNotStarted(),
    async open(locale = 'pt-BR') {
      const session = await openPage(suite.browser(), suite.server().url, locale);
      sessions.push(session);
      return session;
    },
    async login(email, { locale, live = true } = {}) {
      const session = await suite.open(locale);
      await loginAs(session.page, email);
      if (live) await session.page.locator('[data-realtime="connected"]').waitFor();
      return session;
    },
    as: async (email, loginOptions) => (await suite.login(email, loginOptions)).page,
  };
  return suite;
}

function failNotStarted(): never {
  throw new Error('browserSuite: server and browser start in beforeAll; use them inside hooks and tests');
}

/** GET /api/auth/me from inside the page, so it carries the page's cookie. */
export function meStatus(page: Page): Promise<number> {
  return page.evaluate(async () => (await fetch('/api/auth/me', { credentials: 'same-origin' })).status);
}

/**
 * Gives the user an attendance in progress straight in the database (the attendance lifecycle
 * has no API yet), so logout is blocked (SPEC WS-02). Returns its id for `finishAttendance`.
 */
export async function insertAttendanceInProgress(server: RunningApp, email: string): Promise<string> {
  return server.app.platform.tenant.inSystem(async (s) => {
    const result = await s.tx.execute(sql`
      insert into attendances (organization_id, status, assignee_id)
      select organization_id, 'in_progress', id from users where email = ${email}
      returning id`);
    const id = (result as unknown as { rows: { id: string }[] }).rows[0]?.id;
    if (!id) throw new Error(`no user ${email}`);
    return id;
  });
}

export async function finishAttendance(server: RunningApp, id: string): Promise<void> {
  await server.app.platform.tenant.inSystem((s) =>
    s.tx.execute(sql`update attendances set status = 'finished', finished_at = now() where id = ${id}`),
  );
}

// ───────────────────────────────────────────────────────────────────────────────────────────────
// Web-chat widget helpers (test/e2e/widget.e2e.test.ts), kept together in this block.
// ───────────────────────────────────────────────────────────────────────────────────────────────

export const WIDGET_JS = path.join(ROOT, 'apps/widget/dist/widget.js');
const WIDGET_SOURCES = ['apps/widget/src', 'apps/widget/build.mjs', 'packages/shared/src'];

/** True when dist/widget.js is missing or older than a source file (test files do not count). */
export function widgetDistIsStale(): boolean {
  if (!existsSync(WIDGET_JS)) return true;
  const built = statSync(WIDGET_JS).mtimeMs;
  const newest = (p: string): number => {
    const abs = path.join(ROOT, p);
    if (!existsSync(abs)) return 0;
    const stat = statSync(abs);
    if (!stat.isDirectory()) return /\.test\.ts$/.test(p) ? 0 : stat.mtimeMs;
    return Math.max(0, ...readdirSync(abs).map((name) => newest(path.join(p, name))));
  };
  return WIDGET_SOURCES.some((p) => newest(p) > built);
}

/** Builds the widget when stale; call before `startServer()` (the server serves /widget.js from dist). */
export async function ensureWidgetBuilt(): Promise<void> {
  if (widgetDistIsStale()) await run('npm', ['run', 'build', '-w', '@atende/widget']);
}

/** A staff member driving the HTTP API with a session cookie and its CSRF token (no browser). */
export type StaffApi = {
  me: { id: string; name: string };
  cookie: string;
  call<T = unknown>(method: string, path: string, body?: object): Promise<{ status: number; body: T }>;
};

export async function staffApi(baseURL: string, email: string, password = DEMO_PASSWORD): Promise<StaffApi> {
  const login = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`login of ${email} failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const me = (await login.json()) as { id: string; name: string; csrfToken: string };
  return {
    me,
    cookie,
    async call<T>(method: string, p: string, body?: object) {
      const res = await fetch(`${baseURL}${p}`, {
        method,
        headers: { cookie, 'x-csrf-token': me.csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: res.status, body: (await res.json().catch(() => null)) as T };
    },
  };
}

/** The demo organization's WebChat channel, with the secret a site signs visitor identities with. */
export async function webchatChannel(server: RunningApp): Promise<{ id: string; token: string; secret: string }> {
  return server.app.platform.tenant.inSystem(async (s) => {
    const result = await s.tx.execute(sql`select id, token, secret from channels where type = 'webchat' and name = 'WebChat' limit 1`);
    const row = (result as unknown as { rows: { id: string; token: string; secret: string }[] }).rows[0];
    if (!row) throw new Error('no WebChat channel in the demo seed');
    return row;
  });
}

/**
 * Lets a test cut the page's WebSockets as a network loss would (`context.setOffline` does not
 * touch WebSockets): `cut()` closes the open ones and refuses new ones until `restore()`;
 * `connected()` says whether a Socket.IO namespace connection is up. Install before the page
 * opens its sockets.
 */
export async function cuttableWebSockets(context: BrowserContext): Promise<{ connected(): boolean; cut(): Promise<void>; restore(): void }> {
  let down = false;
  type Link = { up: boolean; close(): Promise<void> };
  const links = new Set<Link>();
  await context.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (down) return void ws.close().catch(() => {});
    const server = ws.connectToServer();
    const link: Link = { up: false, close: async () => void (await Promise.all([ws.close(), server.close()]).catch(() => {})) };
    links.add(link);
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      // Engine.IO "message" + Socket.IO "connect": the namespace accepted the client.
      if (typeof m === 'string' && m.startsWith('40')) link.up = true;
      ws.send(m);
    });
    const drop = () => {
      links.delete(link);
      void link.close();
    };
    ws.onClose(drop);
    server.onClose(drop);
  });
  return {
    connected: () => [...links].some((l) => l.up),
    async cut() {
      down = true;
      const open = [...links];
      links.clear();
      await Promise.all(open.map((l) => l.close()));
    },
    restore() {
      down = false;
    },
  };
}

// ───────────────────────────────────────────────────────────────────────────────────────────────
// Web-chat visitors for the attendance screen's tests (test/e2e/attendance.e2e.test.ts): the
// widget's public HTTP API, spoken the way the widget speaks it. Kept together at the end.
// ───────────────────────────────────────────────────────────────────────────────────────────────

export type VisitorMessage = { seq: number; authorKind: string; internal: boolean; body: string; attachment: { fileName: string } | null };

export type Visitor = {
  attendanceId: string;
  /** The widget's live link: signals that the visitor is typing, and hears the agent typing. */
  live(): Promise<{ typing(): void; agentTyping(): Promise<string>; close(): void }>;
  /** Sends a message as the visitor. */
  send(body: string): Promise<VisitorMessage>;
  /** The visitor's catch-up: what the widget would show (never internal notes). */
  messages(afterSeq?: number): Promise<VisitorMessage[]>;
};

async function visitorCall<T>(url: string, init: { method?: string; visitorToken?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.visitorToken) headers['x-visitor-token'] = init.visitorToken;
  const res = await fetch(url, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A visitor who opens a widget session and starts a conversation through the pre-chat form. */
export async function startVisitor(baseURL: string, channelToken: string, contact: { name: string; email?: string }): Promise<Visitor> {
  const api = `${baseURL}/api/widget/${channelToken}`;
  const { visitorToken } = await visitorCall<{ visitorToken: string }>(`${api}/session`, { method: 'POST', body: {} });
  const conversation = await visitorCall<{ attendanceId: string }>(`${api}/conversations`, { method: 'POST', visitorToken, body: contact });
  return {
    attendanceId: conversation.attendanceId,
    live: async () => {
      const { io } = await import('socket.io-client'); // imported here to keep this block self-contained
      const socket = io(`${baseURL}/widget`, {
        path: '/socket.io',
        transports: ['websocket'],
        auth: { channelToken, visitorToken },
        reconnection: false,
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      return {
        typing: () => void socket.emit('typing'),
        agentTyping: () =>
          new Promise<string>((resolve) => socket.once('typing', (e: { agentName?: string }) => resolve(String(e?.agentName ?? '')))),
        close: () => void socket.close(),
      };
    },
    send: (body) => visitorCall<VisitorMessage>(`${api}/messages`, { method: 'POST', visitorToken, body: { body } }),
    messages: async (afterSeq = 0) =>
      (await visitorCall<{ items: VisitorMessage[] }>(`${api}/messages?afterSeq=${afterSeq}`, { visitorToken })).items,
  };
}

/** The data of a system message's JSON body ({"code":"finished","surveyToken":…}); null for others. */
export function systemNotice(message: VisitorMessage | undefined): Record<string, unknown> | null {
  if (message?.authorKind !== 'system') return null;
  try {
    return JSON.parse(message.body) as Record<string, unknown>;
  } catch {
    return null;
  }
}
