import { writeFileSync } from 'node:fs';

// Counts results for the one closing line CI reads ("tests: N passed, N failed, N skipped"),
// printed by scripts/test-browsers.mjs after Web Test Runner's own output.
// A test file that fails to load (or errors outside a test) counts as one failure, so a
// broken import can never pass silently. A file whose page the browser never opened (a
// loaded machine, not a test) is listed under `unstarted` instead, with its engine, for
// scripts/test-browsers.mjs to run once more.

const UNSTARTED = 'unable to create and start a test page';

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

const hasTests = (suite) =>
  Boolean(suite && (suite.tests.length > 0 || suite.suites.some(hasTests)));

export function countingReporter() {
  let counts;
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0, unstarted: [] };
      for (const session of sessions) {
        const { errors, testResults, testFile, browser } = session;
        if (!hasTests(testResults) && errors.some(({ message }) => message.includes(UNSTARTED))) {
          counts.unstarted.push({ engine: browser.ispineEngine, file: testFile });
          continue;
        }
        countSuite(testResults, counts);
        if (errors.length > 0 || !testResults) counts.failed += 1;
      }
    },
    stop() {
      if (counts && process.env.ISPINE_COUNTS_FILE) {
        writeFileSync(process.env.ISPINE_COUNTS_FILE, JSON.stringify(counts));
      }
    },
  };
}
