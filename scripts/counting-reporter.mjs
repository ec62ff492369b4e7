import { writeFileSync } from 'node:fs';

// Counts results for the one closing line CI reads ("tests: N passed, N failed, N skipped"),
// printed by scripts/test-browsers.mjs after Web Test Runner's own output.
// A test file that fails to load (or errors outside a test) counts as one failure, so a
// broken import can never pass silently.

/** @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite */
function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

export function countingReporter() {
  let counts;
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        countSuite(session.testResults, counts);
        if (session.errors.length > 0 || !session.testResults) counts.failed += 1;
      }
    },
    stop() {
      if (counts && process.env.ISPINE_COUNTS_FILE) {
        writeFileSync(process.env.ISPINE_COUNTS_FILE, JSON.stringify(counts));
      }
    },
  };
}
