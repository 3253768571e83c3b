import pg from 'pg';
import { defineConfig } from 'vitest/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { projectFilters, projectSelected } from './scripts/lib/args.mjs';

// Test projects (README "Tests"): unit, int-pglite, int-postgres (when PostgreSQL answers; required
// in CI), e2e. Run one with `npm test -- --project <name>`.

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const IN_CI = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
const INT_FILES = ['apps/server/src/**/*.int.test.ts'];
// `*.pg.int.test.ts` need a real PostgreSQL server whatever TEST_DB says (several instances over
// one database, Redis fan-out): they run in int-postgres only.
const PG_ONLY_FILES = '**/*.pg.int.test.ts';
// Migrates and seeds one database per project before the files run; each file starts from a copy.
const DATABASE_TEMPLATES = './apps/server/test/templates.ts';

/** Whether PostgreSQL accepts a connection within a couple of seconds; the reason when it does not. */
async function probePostgres(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {}); // a late socket error after a failed connect must not crash the config
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

// vitest evaluates this config again for every project that `extends` it: probe only once.
const cache = globalThis as { atendePostgresProject?: Promise<TestProjectInlineConfiguration[]> };
function postgresProject(): Promise<TestProjectInlineConfiguration[]> {
  cache.atendePostgresProject ??= resolvePostgresProject();
  return cache.atendePostgresProject;
}

async function resolvePostgresProject(): Promise<TestProjectInlineConfiguration[]> {
  // Do not touch the network when the command line leaves int-postgres out.
  if (!projectSelected('int-postgres', projectFilters(process.argv))) return [];
  const failure = await probePostgres(TEST_DATABASE_URL);
  if (failure) {
    const where = TEST_DATABASE_URL.replace(/\/\/[^@/]*@/, '//…@');
    if (IN_CI) throw new Error(`PostgreSQL is required in CI but ${where} does not answer: ${failure}`);
    console.warn(`[vitest] int-postgres skipped: ${where} does not answer (${failure}).`);
    return [];
  }
  return [
    {
      extends: true,
      test: {
        name: { label: 'int-postgres', color: 'blue' },
        include: INT_FILES,
        // Each file creates and drops its own database, so files run in parallel.
        env: { TEST_DB: 'postgres', TEST_DATABASE_URL },
        // See int-pglite: files share a worker's loaded modules.
        isolate: false,
        globalSetup: [DATABASE_TEMPLATES],
        testTimeout: 30_000,
        hookTimeout: 60_000,
      },
    },
  ];
}

export default defineConfig(async () => ({
  test: {
    // PGlite is WebAssembly with a large heap: separate processes are the safest home for it.
    pool: 'forks',
    maxWorkers: 2,
    teardownTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: { label: 'unit', color: 'green' },
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/server/src/**/*.test.ts',
            'apps/web/src/**/*.test.{ts,tsx}',
            'apps/widget/src/**/*.test.ts',
            'apps/alert-app/src/**/*.test.ts',
            'scripts/**/*.test.mjs',
          ],
          exclude: ['**/node_modules/**', '**/dist/**', '**/*.int.test.ts'],
          testTimeout: 10_000,
        },
      },
      {
        extends: true,
        test: {
          name: { label: 'int-pglite', color: 'cyan' },
          include: INT_FILES,
          exclude: ['**/node_modules/**', '**/dist/**', PG_ONLY_FILES],
          env: { TEST_DB: 'pglite' },
          // Each file builds its own app on its own database copy, and no file mocks a module: files
          // of one worker share its loaded modules instead of importing the server again (~3 s each).
          isolate: false,
          globalSetup: [DATABASE_TEMPLATES],
          // PGlite start + migrations take about a second alone; much longer with both cores busy.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(await postgresProject()),
      {
        extends: true,
        test: {
          name: { label: 'e2e', color: 'magenta' },
          include: ['test/e2e/**/*.e2e.test.ts'],
          // After every other project has finished, two files at a time (one per worker): each file
          // starts its own server on its own port and database copy, and opens its own browser
          // contexts. Files share the worker's loaded modules and Chromium, as in int-*.
          isolate: false,
          // Each file's server starts from a copy of one migrated and seeded PGlite (as in int-pglite).
          globalSetup: [DATABASE_TEMPLATES],
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
}));
