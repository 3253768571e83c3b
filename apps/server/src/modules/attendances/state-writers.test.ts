import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../platform/db/tenant.js';
import { attendancesRepo } from './attendances.repository.js';
import { setServiceData } from './service-data.js';

// Issue item "one writer per state machine" (ARCHITECTURE §3a): only the attendances module changes
// an attendance's status, and inside it only lifecycle.ts; other modules call its named steps.

const MODULE = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.resolve(MODULE, '../..');
const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const files = sources(SRC).map((file) => ({ path: rel(file), text: readFileSync(file, 'utf8') }));
const inModule = (f: { path: string }) => f.path.startsWith('modules/attendances/');
const offenders = (list: typeof files, pattern: RegExp) => list.filter((f) => pattern.test(f.text)).map((f) => f.path);

// Drizzle's builders and plain SQL alike.
const TABLE_WRITE = /\.(update|insert|delete)\(\s*attendances\s*\)|\b(update|insert\s+into|delete\s+from)\s+"?attendances"?\s/i;
const STATUS_LITERAL = /\bstatus:\s*'(waiting|assigned|in_progress|finished)'/;
const STATE_WRITERS = /attendancesRepo\.(setState|assignIfWaiting|insert)\(/;

describe('the attendance state machine has one writer', () => {
  it('no file outside the attendances module writes the attendances table', () => {
    expect(files.length).toBeGreaterThan(50); // the scan really read the sources
    expect(
      offenders(
        files.filter((f) => !inModule(f)),
        TABLE_WRITE,
      ),
    ).toEqual([]);
  });

  it('a status is set only by the lifecycle (and the repository it calls)', () => {
    const allowed = ['modules/attendances/lifecycle.ts', 'modules/attendances/attendances.repository.ts'];
    expect(
      offenders(
        files.filter((f) => !allowed.includes(f.path)),
        STATUS_LITERAL,
      ),
    ).toEqual([]);
    expect(
      offenders(
        files.filter((f) => f.path !== 'modules/attendances/lifecycle.ts'),
        STATE_WRITERS,
      ),
    ).toEqual([]);
  });

  it('the module’s face offers named steps, no free-form patch of an attendance', () => {
    const face = files.find((f) => f.path === 'modules/attendances/index.ts')!.text;
    expect(face).not.toMatch(/attendancesRepo\.(update|setState|insert)\b/);
    expect(face).not.toMatch(/export\s+(const|function|async function)\s+update\w*/);
  });

  it('refuses a lifecycle column through the data writers, even behind a cast', () => {
    // The guard throws before any query: a scope that is never used is enough.
    const scope = {} as Scope;
    expect(() => attendancesRepo.update(scope, 'id', { status: 'waiting' } as never)).toThrow(/status/);
    expect(() => setServiceData(scope, 'id', { assigneeId: null, slaDueAt: null } as never)).toThrow(/assigneeId/);
  });
});
