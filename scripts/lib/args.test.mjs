import { describe, expect, it } from 'vitest';
import { projectFilters, projectSelected } from './args.mjs';

describe('projectFilters', () => {
  it('collects both --project forms', () => {
    expect(projectFilters(['run', '--project', 'unit', '--project=int-*', 'foo'])).toEqual(['unit', 'int-*']);
  });

  it('is null when no project is named', () => {
    expect(projectFilters(['run', 'apps/server'])).toBeNull();
  });
});

describe('projectSelected', () => {
  it('selects everything without filters', () => {
    expect(projectSelected('e2e', null)).toBe(true);
  });

  it('matches names, wildcards and exclusions', () => {
    expect(projectSelected('int-postgres', ['unit'])).toBe(false);
    expect(projectSelected('int-postgres', ['int-*'])).toBe(true);
    expect(projectSelected('e2e', ['!e2e'])).toBe(false);
    expect(projectSelected('unit', ['!e2e'])).toBe(true);
  });
});
