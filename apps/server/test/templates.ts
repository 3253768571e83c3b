// Global setup of the int-pglite, int-postgres and e2e projects (vitest.config.ts): migrates and seeds
// one database per kind before any test file runs, so each file starts from a copy (a PostgreSQL
// `create database … template`, a PGlite data-directory dump) instead of running every migration
// and the demo seed again. A file still gets a database of its own.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { count, isNull } from 'drizzle-orm';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../src/app.js';
import { domainEvents } from '../src/db/schema/platform.js';
import { openDatabase, type Database } from '../src/platform/db/client.js';
import { seedDemo } from '../src/seed/demo.js';
import { testConfig } from './test-config.js';

export type DatabaseTemplate = 'migrated' | 'seeded';
/** PostgreSQL: template database names; PGlite: paths of data-directory dumps. */
export type DatabaseTemplates = Record<DatabaseTemplate, string>;
type Built = { templates: DatabaseTemplates; drop(): Promise<void> };

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplates: DatabaseTemplates;
  }
}

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Runs the app's own start (migrations, job tables, seed) on `database`, then closes it. */
async function prepare(database: Database, seed: boolean): Promise<void> {
  const app = await buildApp({ config: testConfig({ seedDemo: seed }), database, logger: false });
  if (seed) app.platform.afterMigrate(() => seedDemo(app.platform));
  await app.platform.start();
  // The seed's own events run now, as they would have after a fresh start: a copy begins with an
  // empty outbox, and a test that counts what the sweeper finds sees only its own events.
  const pending = async () => Number((await database.db.select({ n: count() }).from(domainEvents).where(isNull(domainEvents.dispatchedAt)))[0]!.n);
  for (let round = 0; (await pending()) > 0; round++) {
    if (round === 20) throw new Error('the demo seed left events that never dispatch');
    await app.platform.events.sweep(new Date(Date.now() + 3600_000 * (round + 1)));
  }
  await app.close();
}

async function postgresTemplates(): Promise<Built> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  const run = randomBytes(4).toString('hex');
  const templates = { migrated: `atende_tpl_${run}_migrated`, seeded: `atende_tpl_${run}_seeded` };
  const drop = () => Promise.all(Object.values(templates).map((name) => admin(`drop database if exists ${name} with (force)`))).then(() => undefined);
  try {
    for (const [kind, name] of Object.entries(templates)) {
      await admin(`create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      await prepare(await openDatabase({ url: url.toString(), poolSize: 5 }), kind === 'seeded');
    }
  } catch (err) {
    await drop();
    throw err;
  }
  return { templates, drop };
}

async function pgliteTemplates(): Promise<Built> {
  const dir = path.join(ROOT, '.tmp', `pglite-templates-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  const templates = { migrated: path.join(dir, 'migrated.tar'), seeded: path.join(dir, 'seeded.tar') };
  for (const [kind, file] of Object.entries(templates)) {
    const database = await openDatabase({ inMemory: true });
    // Dump once the app has stopped using it, before it is closed.
    const dumping: Database = {
      ...database,
      async close() {
        const dump = await database.pglite!.dumpDataDir('none');
        await writeFile(file, Buffer.from(await dump.arrayBuffer()));
        await database.close();
      },
    };
    await prepare(dumping, kind === 'seeded');
  }
  return { templates, drop: () => rm(dir, { recursive: true, force: true }) };
}

// int-pglite and e2e both use the PGlite dumps: the projects share one build (vitest loads this
// module once per project, so the memo lives on globalThis), removed when the last one tears down.
const shared = globalThis as { atendePgliteTemplates?: { built: Promise<Built>; users: number } };

async function sharedPgliteTemplates(): Promise<Built> {
  shared.atendePgliteTemplates ??= { built: pgliteTemplates(), users: 0 };
  const entry = shared.atendePgliteTemplates;
  entry.users++;
  const { templates, drop } = await entry.built;
  return {
    templates,
    async drop() {
      if (--entry.users > 0) return;
      if (shared.atendePgliteTemplates === entry) delete shared.atendePgliteTemplates;
      await drop();
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { templates, drop } = project.name === 'int-postgres' ? await postgresTemplates() : await sharedPgliteTemplates();
  project.provide('databaseTemplates', templates);
  return drop;
}
