#!/usr/bin/env node
// `npm test`: builds what the browser tests drive, runs every vitest project, and ends with
// one line `N passed, N failed[, N skipped]` that CI reads. Extra args go to vitest.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { projectFilters, projectSelected } from './lib/args.mjs';
import { countResults, formatSummary, runFailed } from './lib/summary.mjs';
import { BROWSER_TARGETS, ROOT, buildStale } from './lib/targets.mjs';

const REPORT = path.join(ROOT, '.tmp/vitest-report.json');
const args = process.argv.slice(2);

function hasE2eTests(dir = path.join(ROOT, 'test/e2e')) {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true, recursive: true }).some((entry) => entry.isFile() && entry.name.endsWith('.e2e.test.ts'));
}

function runVitest() {
  const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
  const child = spawn(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

function readReport() {
  try {
    return JSON.parse(readFileSync(REPORT, 'utf8'));
  } catch {
    return null;
  }
}

if (projectSelected('e2e', projectFilters(args)) && hasE2eTests()) {
  if (!buildStale(BROWSER_TARGETS, { allowMissing: true })) {
    console.log(formatSummary({ passed: 0, failed: 1, skipped: 0 }));
    process.exit(1);
  }
}

rmSync(REPORT, { force: true });
const exitCode = await runVitest();
const report = readReport();
const counts = countResults(report);
if (!report) console.error('vitest wrote no report (it stopped before running tests; see above).');
if (exitCode !== 0 && counts.failed === 0 && report) {
  // vitest also fails a run for errors thrown outside any test (unhandled rejections...).
  console.error(`vitest exited with code ${exitCode} because of errors outside tests (see above); counted as 1 failure.`);
  counts.failed = 1;
}
console.log(formatSummary(counts));
process.exit(runFailed(counts) || exitCode !== 0 ? 1 : 0);
