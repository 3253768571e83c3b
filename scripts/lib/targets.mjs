// What `npm start` and `npm test` build, from what, and how to tell it is missing or stale.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale } from './freshness.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every app is built from its own folder plus the shared package it may import. */
function target(workspace, dir, output) {
  const abs = path.join(ROOT, dir);
  return {
    workspace,
    dir: abs,
    output: path.join(ROOT, output),
    sources: [abs, path.join(ROOT, 'packages/shared/src'), path.join(ROOT, 'package-lock.json')],
  };
}

export const BROWSER_TARGETS = [
  target('@atende/web', 'apps/web', 'apps/web/dist'),
  target('@atende/widget', 'apps/widget', 'apps/widget/dist'),
  target('@atende/alert-app', 'apps/alert-app', 'apps/alert-app/dist'),
];
export const SERVER_TARGET = target('@atende/server', 'apps/server', 'apps/server/dist/main.js');

/**
 * The file a workspace's build script cannot run without: `node build.mjs` needs build.mjs,
 * `vite build` needs index.html. Null when the script names nothing we can check.
 */
export function buildEntry(buildScript) {
  if (!buildScript) return null;
  const node = /^node\s+(\S+)/.exec(buildScript);
  if (node) return node[1];
  if (/^vite\s+build\b/.test(buildScript)) return 'index.html';
  return null;
}

/** Why a target cannot be built yet (no build script, or its entry file is absent), or null. */
export function missingEntry(t) {
  const pkg = JSON.parse(readFileSync(path.join(t.dir, 'package.json'), 'utf8'));
  const script = pkg.scripts?.build;
  if (!script) return `${t.workspace} has no build script`;
  const entry = buildEntry(script);
  if (entry && !existsSync(path.join(t.dir, entry))) {
    return `${path.relative(ROOT, path.join(t.dir, entry))} does not exist yet`;
  }
  return null;
}

/**
 * Builds each target whose output is missing or older than its sources (every target with
 * `force`). A target whose entry file does not exist yet is skipped with a note when
 * `allowMissing`, otherwise it is an error. Returns false when a build failed.
 */
export function buildStale(targets, { force = false, allowMissing = false, log = console.log } = {}) {
  for (const t of targets) {
    if (!force && !isStale(t.sources, t.output)) continue;
    const missing = missingEntry(t);
    if (missing) {
      if (allowMissing) {
        log(`[build] skipping ${t.workspace}: ${missing}`);
        continue;
      }
      log(`[build] cannot build ${t.workspace}: ${missing}`);
      return false;
    }
    log(`[build] ${t.workspace}${force ? '' : ' is missing or older than its sources'}: building`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'build', '-w', t.workspace], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) {
      log(`[build] ${t.workspace} failed to build`);
      return false;
    }
  }
  return true;
}
