import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig, type Config } from './platform/config.js';
import { openDatabase } from './platform/db/client.js';
import { seedDemo } from './seed/demo.js';

export type StartOptions = {
  config?: Partial<Config>;
  env?: NodeJS.ProcessEnv;
  /** An in-memory PGlite (tests); otherwise DATABASE_URL or DATA_DIR decides. */
  inMemory?: boolean;
  /** With inMemory: start from this dump of a PGlite data directory (browser tests: migrated and seeded once per run). */
  loadDataDir?: Blob;
  logger?: FastifyServerOptions['logger'];
};

export type RunningApp = { app: FastifyInstance; url: string; close(): Promise<void> };

/** A built browser app beside the server (apps/<name>/dist holding `file`), from the source tree or the bundle. */
export function findAppDist(name: string, file: string): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'apps', name, 'dist');
    if (existsSync(path.join(candidate, file))) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}
export const findWebDist = () => findAppDist('web', 'index.html');

/**
 * Listens first, so /api/health answers and /api/ready says 503 while migrations run;
 * then migrates, starts the job workers, seeds the demo on first run, and turns ready.
 */
export async function startApp(opts: StartOptions = {}): Promise<RunningApp> {
  const config = loadConfig(opts.env ?? process.env, {
    webDist: findWebDist(),
    widgetDist: findAppDist('widget', 'widget.js'),
    alertAppDist: findAppDist('alert-app', 'index.html'),
    ...opts.config,
  });
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, inMemory: opts.inMemory, loadDataDir: opts.loadDataDir });
  const app = await buildApp({ config, database, logger: opts.logger });
  if (config.seedDemo) app.platform.afterMigrate(() => seedDemo(app.platform));
  await app.listen({ port: config.port, host: config.host });
  try {
    await app.platform.start();
  } catch (err) {
    await app.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  return { app, url, close: () => app.close() };
}
