import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/platform/db/client.js';
import type { DatabaseTemplate, DatabaseTemplates } from './templates.js';

export const testDbKind = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
export const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A brand-new PostgreSQL database for one test file, empty or a copy of `template`; `drop()` removes it. */
export async function createPgDatabase(template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `atende_t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined) };
}

/** What the run's global setup prepared (templates.ts); nothing outside a vitest run with it. */
function templates(): DatabaseTemplates | undefined {
  try {
    return inject('databaseTemplates');
  } catch {
    return undefined;
  }
}

const dumps = new Map<string, Promise<Buffer>>();

/**
 * The database under test, per TEST_DB: in-memory PGlite or a fresh PostgreSQL database. With
 * `template`, it starts as a copy of a database the run migrated (and seeded) once, which saves
 * every test file the migrations and the demo seed.
 */
export async function openTestDatabase(template?: DatabaseTemplate): Promise<Database> {
  const prepared = template ? templates()?.[template] : undefined;
  if (testDbKind === 'pglite') {
    if (!prepared) return openDatabase({ inMemory: true });
    if (!dumps.has(prepared)) dumps.set(prepared, readFile(prepared));
    return openDatabase({ inMemory: true, loadDataDir: new Blob([await dumps.get(prepared)!]) });
  }
  const created = await createPgDatabase(prepared);
  const database = await openDatabase({ url: created.url, poolSize: 5 });
  return {
    ...database,
    async close() {
      await database.close();
      await created.drop();
    },
  };
}
