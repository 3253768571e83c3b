// Browser tests drive the real built console served by the real server (in-process, in-memory
// database, demo seed) in Debian's Chromium, finding controls by their accessible names.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../apps/server/src/main-app.js';

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

export async function startServer(): Promise<RunningApp> {
  await ensureWebBuilt();
  return startApp({
    config: { port: 0, host: '127.0.0.1', seedDemo: true, webDist: WEB_DIST },
    inMemory: true,
    logger: false,
  });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export type Session = { context: BrowserContext; page: Page; pageErrors: string[] };

/** A fresh browser profile (no cookies) whose languages are `locale`; uncaught page errors are collected. */
export async function openPage(browser: Browser, baseURL: string, locale = 'pt-BR'): Promise<Session> {
  const context = await browser.newContext({ baseURL, locale, viewport: { width: 1366, height: 800 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
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
