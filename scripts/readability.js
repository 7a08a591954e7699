// `npm run readability [-- --check]`: the Flesch-Kincaid grade of every
// patient-facing English string of every widget in the registry, and of the
// shared strings every widget shows (footer, links, glossary). Prints each
// widget's count, mean and worst grade and the strings above grade 9; then
// the overall figures against the targets. `--check` exits 1 when a target is
// missed. Definitions and exclusions: scripts/lib/readability.js.
import { readFileSync } from 'node:fs';
import { SHARED, sourceFiles } from './lib/messages.js';
import { ELEMENTS } from './lib/widgets.js';
import {
  MIN_WORDS,
  TARGET_GRADE,
  TARGET_MEAN,
  TARGET_SHARE_ABOVE,
  grade,
  missedTargets,
  patientStrings,
  summarize,
} from './lib/readability.js';

const sources = sourceFiles().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const graded = grade(patientStrings(sources, ELEMENTS));
const groups = [...ELEMENTS, SHARED];
const width = Math.max(...groups.map((g) => g.length), 'overall'.length);
const row = (name, { count, mean, worst, above }) =>
  `${name.padEnd(width)}  ${String(count).padStart(7)}  ${mean.toFixed(1).padStart(4)}  ${worst.toFixed(1).padStart(5)}  ${String(above.length).padStart(7)}`;

console.log(`Flesch-Kincaid grade of the English strings of ${MIN_WORDS} words or more`);
console.log(`${'widget'.padEnd(width)}  strings  mean  worst  > ${TARGET_GRADE}`);
const summaries = groups.map((group) => [group, summarize(graded.filter((s) => s.group === group))]);
for (const [group, summary] of summaries) console.log(row(group, summary));
const overall = summarize(graded);
console.log(row('overall', overall));
console.log(
  `Targets: mean ≤ ${TARGET_MEAN}; at most ${TARGET_SHARE_ABOVE * 100}% of strings above grade ${TARGET_GRADE} (now ${((overall.above.length / (overall.count || 1)) * 100).toFixed(0)}%).`,
);
for (const [group, { above }] of summaries) {
  if (!above.length) continue;
  console.log(`\nAbove grade ${TARGET_GRADE} in ${group}:`);
  for (const s of above) console.log(`  ${s.grade.toFixed(1).padStart(5)}  ${s.id}: ${s.text}`);
}
const missed = missedTargets(overall);
if (missed.length) {
  console.log(`\nTargets missed: ${missed.join('; ')}.`);
  if (process.argv.includes('--check')) process.exit(1);
} else {
  console.log('\nBoth targets met.');
}
