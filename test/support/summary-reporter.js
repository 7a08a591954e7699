import { writeSync } from 'node:fs';

/**
 * Ends the run with one plain line, `N passed, N failed`, that CI reads.
 * Written straight to fd 1 on exit because the default reporter redraws stdout.
 */
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let registered = false;
  const count = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) skipped += 1;
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    suite.suites.forEach(count);
  };
  return {
    onTestRunFinished({ sessions }) {
      // Counted afresh each time: the runner can announce the end twice (a session that timed out and
      // then reported late), and every session (one per test file and browser) holds the final results.
      passed = failed = skipped = 0;
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += 1;
      }
      if (registered) return;
      registered = true;
      process.on('exit', () => {
        writeSync(1, `\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
      });
    },
  };
}
