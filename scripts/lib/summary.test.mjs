import { describe, expect, it } from 'vitest';
import { countResults, formatSummary, runFailed } from './summary.mjs';

const file = (status, ...tests) => ({ status, assertionResults: tests.map((s) => ({ status: s })) });

describe('countResults', () => {
  it('counts passed, failed and not-run tests across files', () => {
    const report = {
      testResults: [file('passed', 'passed', 'passed', 'skipped'), file('failed', 'passed', 'failed', 'todo')],
    };
    expect(countResults(report)).toEqual({ passed: 3, failed: 1, skipped: 2 });
  });

  it('counts a file that failed outside its tests as one failure', () => {
    expect(countResults({ testResults: [file('failed'), file('failed', 'skipped', 'skipped')] })).toEqual({
      passed: 0,
      failed: 2,
      skipped: 2,
    });
  });

  it('treats a missing report as nothing run', () => {
    expect(countResults(null)).toEqual({ passed: 0, failed: 0, skipped: 0 });
  });
});

describe('formatSummary', () => {
  it('prints passed and failed, and skipped only when nonzero', () => {
    expect(formatSummary({ passed: 12, failed: 0, skipped: 0 })).toBe('12 passed, 0 failed');
    expect(formatSummary({ passed: 12, failed: 1, skipped: 3 })).toBe('12 passed, 1 failed, 3 skipped');
  });
});

describe('runFailed', () => {
  it('fails on any failure and on an empty run', () => {
    expect(runFailed({ passed: 5, failed: 0 })).toBe(false);
    expect(runFailed({ passed: 5, failed: 1 })).toBe(true);
    expect(runFailed({ passed: 0, failed: 0 })).toBe(true);
  });
});
