import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client.js';

// Any fixed number works; it only has to be the same for every instance of Atende.
const MIGRATION_LOCK = 7_151_423;

/** The committed SQL migrations, found from the source tree or from the built bundle. */
export function migrationsFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, 'src/db/migrations'), path.join(dir, 'db/migrations')]) {
      if (existsSync(path.join(candidate, 'meta/_journal.json'))) return candidate;
    }
    dir = path.dirname(dir);
  }
  throw new Error('migrations folder not found');
}

/** Applies pending migrations; on PostgreSQL an advisory lock lets several instances start at once. */
export async function runMigrations(database: Database): Promise<void> {
  const migrationsFolderPath = migrationsFolder();
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder: migrationsFolderPath });
    return;
  }
  // One dedicated connection: an advisory lock belongs to the session that took it.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client }), { migrationsFolder: migrationsFolderPath });
  } finally {
    await client.end();
  }
}
