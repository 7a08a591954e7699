import { relative } from 'node:path';
import { writeSync } from 'node:fs';

/**
 * Ends the run with one plain line, `N passed, N failed` (`, N skipped` when tests were skipped), that CI
 * reads. Skipped tests are named before it, one line per browser and file: a browser launched for a setting
 * it has no mode for says so in its name (docs/accessibility-tests.md#system-settings).
 * Written straight to fd 1 on exit because the default reporter redraws stdout.
 */
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = new Map();
  let registered = false;
  const count = (suite, where) => {
    for (const test of suite.tests) {
      if (test.skipped) skipped.set(where, (skipped.get(where) ?? 0) + 1);
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites) count(child, where);
  };
  return {
    onTestRunFinished({ sessions }) {
      // Counted afresh each time: the runner can announce the end twice (a session that timed out and
      // then reported late), and every session (one per test file and browser) holds the final results.
      passed = failed = 0;
      skipped = new Map();
      for (const session of sessions) {
        const where = `${session.browser.name}: ${relative(process.cwd(), session.testFile)}`;
        if (session.testResults) count(session.testResults, where);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += 1;
      }
      if (registered) return;
      registered = true;
      process.on('exit', () => {
        const total = [...skipped.values()].reduce((a, b) => a + b, 0);
        const where = [...skipped].map(([place, n]) => `  ${n} skipped in ${place}\n`).join('');
        writeSync(1, `\n${where}${passed} passed, ${failed} failed${total ? `, ${total} skipped` : ''}\n`);
      });
    },
  };
}
