// Writes docs/accessibility.md, the accessibility conformance report (scripts/lib/accessibility-report.js);
// `--check` only says whether it is up to date. Either way it stops on a criterion without an entry or evidence.
import { readFileSync, writeFileSync } from 'node:fs';
import { REPORT, collectClaims, problems, renderReport } from './lib/accessibility-report.js';

const claims = collectClaims();
const found = problems(claims);
if (found.length) {
  console.error(`The accessibility report cannot be written:\n${found.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
const report = renderReport(claims);
if (process.argv.includes('--check')) {
  if (readFileSync(REPORT, 'utf8') !== report) {
    console.error(`${REPORT} is out of date: run npm run accessibility:report`);
    process.exit(1);
  }
} else {
  writeFileSync(REPORT, report);
  console.log(`wrote ${REPORT}`);
}
