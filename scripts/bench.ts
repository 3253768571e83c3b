// `npm run bench`: performance figures as JSON on stdout, never part of `npm test`; progress on stderr.
// `npm run bench -- core-loop` runs only the benchmarks whose name contains the argument.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '../apps/server/src/platform/db/client.js';
import { runMigrations } from '../apps/server/src/platform/db/migrate.js';
import { channelIngestBench } from './bench/channel-ingest.js';
import { benchDatabaseUrl, coreLoopBench } from './bench/core-loop.js';
import { log, median, round } from './bench/stats.js';
import { panelsBench } from './bench/panels.js';
import { widgetSize } from './bench/widget-size.js';
import { widgetSocketsBench } from './bench/widget-sockets.js';

async function startup() {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const database = await openDatabase({ inMemory: true });
    await runMigrations(database);
    await database.close();
    samples.push(round(performance.now() - started));
    log(`pglite-start-and-migrate: run ${i + 1}/5 ${samples.at(-1)} ms`);
  }
  return {
    name: 'pglite-start-and-migrate',
    description: 'Open an in-memory PGlite and apply every committed migration (what each integration test file pays).',
    unit: 'ms',
    median: median(samples),
    samples,
  };
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    connectionTimeoutMillis: 3000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const only = process.argv[2];
const wanted = (name: string) => !only || name.includes(only);
const results: unknown[] = [];

if (wanted('widget-size')) results.push(widgetSize());
if (wanted('pglite-start-and-migrate')) results.push(await startup());
for (const kind of ['pglite', 'postgres'] as const) {
  if (!wanted(`core-loop-${kind}`)) continue;
  if (kind === 'postgres' && !(await postgresAnswers())) {
    results.push({ name: 'core-loop-postgres', skipped: 'PostgreSQL does not answer' });
    continue;
  }
  const database = await benchDatabaseUrl(kind);
  try {
    results.push(await coreLoopBench(kind, database.url));
  } finally {
    await database.drop();
  }
}
for (const kind of ['postgres', 'pglite'] as const) {
  if (!wanted(`channel-ingest-${kind}`)) continue;
  if (kind === 'postgres' && !(await postgresAnswers())) {
    results.push({ name: 'channel-ingest-postgres', skipped: 'PostgreSQL does not answer' });
    continue;
  }
  const database = await benchDatabaseUrl(kind);
  try {
    results.push(await channelIngestBench(kind, database.url));
  } finally {
    await database.drop();
  }
}
if (wanted('widget-sockets-10k')) {
  // PostgreSQL when it answers (production's database); PGlite otherwise.
  const kind = (await postgresAnswers()) ? 'postgres' : 'pglite';
  const database = await benchDatabaseUrl(kind);
  try {
    results.push(await widgetSocketsBench(kind, database.url));
  } finally {
    await database.drop();
  }
}
if (wanted('panels-large')) results.push(await panelsBench());

const environment = {
  node: process.version,
  platform: `${os.platform()}-${os.arch()}`,
  cpus: os.cpus().length,
  loadavg: os.loadavg().map((l) => round(l)),
};
console.log(JSON.stringify({ environment, benchmarks: results }, null, 2));
process.exit(0);
