// `npm run bench`: performance figures as JSON on stdout, never part of `npm test`.
// Each benchmark reports its samples and their median; progress goes to stderr.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../apps/server/src/platform/db/client.js';
import { runMigrations } from '../apps/server/src/platform/db/migrate.js';

type Benchmark = { name: string; description: string; unit: 'ms'; runs: number; median: number; samples: number[] };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (ms: number) => Math.round(ms * 10) / 10;

async function measure(name: string, description: string, runs: number, once: () => Promise<void>): Promise<Benchmark> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    samples.push(round(performance.now() - started));
    process.stderr.write(`${name}: run ${i + 1}/${runs} ${samples.at(-1)} ms\n`);
  }
  return { name, description, unit: 'ms', runs, median: round(median(samples)), samples };
}

const benchmarks: Benchmark[] = [
  await measure(
    'pglite-start-and-migrate',
    'Open an in-memory PGlite and apply every committed migration (what each integration test file pays).',
    5,
    async () => {
      const database = await openDatabase({ inMemory: true });
      await runMigrations(database);
      await database.close();
    },
  ),
];

const environment = { node: process.version, platform: `${os.platform()}-${os.arch()}`, cpus: os.cpus().length };
console.log(JSON.stringify({ environment, benchmarks }, null, 2));
