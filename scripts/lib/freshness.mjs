// Deciding whether a build output is older than what it is built from, by file mtimes.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git', 'coverage', '.tmp']);
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;

/** Newest mtime (ms) of the files under the given paths; tests and build folders do not count. 0 when none exist. */
export function newestMtime(paths, { skipTests = true } = {}) {
  let newest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      return; // a missing optional input (no public/ folder, no vite.config) is simply not an input
    }
    if (stat.isDirectory()) {
      if (SKIPPED_DIRS.has(path.basename(p))) return;
      for (const entry of readdirSync(p)) visit(path.join(p, entry));
    } else if (!(skipTests && TEST_FILE.test(p))) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const p of paths) visit(p);
  return newest;
}

/** Newest mtime of the built output (a file or a folder), 0 when it does not exist or is empty. */
export function outputMtime(output) {
  let newest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const entry of readdirSync(p)) visit(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  visit(output);
  return newest;
}

/** True when the output is missing or some source changed after it was written. */
export function isStale(sources, output) {
  const built = outputMtime(output);
  return built === 0 || newestMtime(sources) > built;
}
