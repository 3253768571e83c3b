// Turns vitest's JSON report into the one line CI reads: `N passed, N failed[, N skipped]`.

/**
 * Counts from a vitest JSON report. A file that failed outside any test (import error, failing
 * beforeAll) counts as one failure, so a broken file can never hide behind "0 failed".
 */
export function countResults(report) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const file of report?.testResults ?? []) {
    let failedInFile = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') counts.passed++;
      else if (test.status === 'failed') failedInFile++;
      else counts.skipped++;
    }
    if (file.status === 'failed' && failedInFile === 0) failedInFile = 1;
    counts.failed += failedInFile;
  }
  return counts;
}

/** The final line; skipped only appears when there is something to say. */
export function formatSummary({ passed, failed, skipped }) {
  const line = `${passed} passed, ${failed} failed`;
  return skipped > 0 ? `${line}, ${skipped} skipped` : line;
}

/** Whether the run is a failure: anything failed, or nothing ran at all. */
export function runFailed({ passed, failed }) {
  return failed > 0 || passed === 0;
}
