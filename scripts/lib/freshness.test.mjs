import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStale, newestMtime } from './freshness.mjs';

let dir;
const write = (rel, seconds) => {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, rel);
  utimesSync(file, seconds, seconds);
  return file;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'atende-freshness-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('newestMtime', () => {
  it('ignores tests, dependencies and missing paths', () => {
    write('src/a.ts', 1000);
    write('src/a.test.ts', 5000);
    write('node_modules/x/index.js', 6000);
    expect(newestMtime([dir, path.join(dir, 'nope')])).toBe(1000 * 1000);
  });
});

describe('isStale', () => {
  it('is stale when the output is missing', () => {
    write('src/a.ts', 1000);
    expect(isStale([path.join(dir, 'src')], path.join(dir, 'dist'))).toBe(true);
  });

  it('compares the newest source with the newest output file', () => {
    write('src/a.ts', 1000);
    write('dist/index.html', 2000);
    expect(isStale([path.join(dir, 'src')], path.join(dir, 'dist'))).toBe(false);
    write('src/b.ts', 3000);
    expect(isStale([path.join(dir, 'src')], path.join(dir, 'dist'))).toBe(true);
  });
});
