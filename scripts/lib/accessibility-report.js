// docs/accessibility.md, the conformance report: every WCAG 2.2 A and AA criterion with its verdict and remarks
// (scripts/accessibility/criteria.js) and its evidence: the test files that claim it on a `// WCAG: 1.3.1, 4.1.2`
// line, or the manual check and its date.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CRITERIA, VERDICTS } from '../accessibility/criteria.js';
import { WCAG22 } from '../accessibility/wcag22.js';

export const REPORT = 'docs/accessibility.md';
/** Where test files may claim criteria: the browser tests and the Node tests of the scripts. */
const ROOTS = [
  { dir: 'test', file: /\.ts$/ },
  { dir: 'scripts', file: /\.test\.js$/ },
];
const CLAIM = /^\s*\/\/\s*WCAG:\s*(.*)$/;
const NUMBER = /^\d\.\d\.\d{1,2}$/;

/** The criteria a file's text claims, and any entry on a claim line that is not a criterion number. */
export function claimsOf(text) {
  const claimed = [];
  const malformed = [];
  for (const line of text.split('\n')) {
    const match = CLAIM.exec(line);
    if (!match) continue;
    for (const entry of match[1].split(',').map((s) => s.trim()))
      (NUMBER.test(entry) ? claimed : malformed).push(entry);
  }
  return { claimed, malformed };
}

const walk = (dir, file) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path, file);
    return file.test(entry.name) ? [path] : [];
  });

/** Every claim in the repository: file → criteria, for the files that claim any. */
export function collectClaims(read = (path) => readFileSync(path, 'utf8')) {
  const files = ROOTS.flatMap(({ dir, file }) => walk(dir, file)).sort();
  return files.map((path) => ({ path, ...claimsOf(read(path)) })).filter((f) => f.claimed.length || f.malformed.length);
}

/** What is wrong with the criteria data and the claims: each problem as a sentence. */
export function problems(claims, criteria = CRITERIA) {
  const out = [];
  const known = new Map(WCAG22.map((c) => [c.sc, c]));
  const proven = new Set(claims.flatMap((f) => f.claimed));
  for (const { sc, obsolete } of WCAG22) {
    const entry = criteria[sc];
    if (!entry) {
      out.push(`${sc} has no entry in scripts/accessibility/criteria.js`);
      continue;
    }
    if (!VERDICTS.includes(entry.verdict)) out.push(`${sc}: unknown verdict "${entry.verdict}"`);
    if (!entry.remarks) out.push(`${sc} has no remarks`);
    if (!obsolete && !proven.has(sc) && !entry.manual) out.push(`${sc} has neither a test file nor a manual check`);
    if (entry.manual && !/^\d{4}-\d{2}-\d{2}$/.test(entry.manual.date)) out.push(`${sc}'s manual check has no date`);
  }
  for (const sc of Object.keys(criteria))
    if (!known.has(sc)) out.push(`${sc} in criteria.js is not a WCAG 2.2 A or AA criterion`);
  for (const { path, claimed, malformed } of claims) {
    for (const entry of malformed) out.push(`${path}: "${entry}" is not a criterion number (// WCAG: 1.3.1, 4.1.2)`);
    for (const sc of claimed) {
      const criterion = known.get(sc);
      if (!criterion) out.push(`${path} claims ${sc}, not a WCAG 2.2 A or AA criterion`);
      else if (criterion.obsolete) out.push(`${path} claims ${sc}, obsolete in WCAG 2.2`);
    }
  }
  return out;
}

const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const understanding = ({ id }) => `https://www.w3.org/WAI/WCAG22/Understanding/${id}.html`;

function evidence(sc, claims, entry) {
  const files = claims.filter((f) => f.claimed.includes(sc)).map((f) => `[${f.path}](../${f.path})`);
  const manual = entry.manual ? [`Manual check, ${entry.manual.date}: ${entry.manual.what}`] : [];
  return [...files, ...manual].join('<br>') || '—';
}

function table(level, claims, criteria) {
  const rows = WCAG22.filter((c) => c.level === level).map((c) => {
    const entry = criteria[c.sc];
    const name = `[${c.sc} ${c.name}](${understanding(c)})`;
    return `| ${cell(name)} | ${entry.verdict} | ${cell(entry.remarks)} | ${evidence(c.sc, claims, entry)} |`;
  });
  return [
    '| Criteria | Conformance level | Remarks and explanations | Evidence |',
    '| --- | --- | --- | --- |',
    ...rows,
  ];
}

/** The report's Markdown: the fixed text around the two tables (scripts/accessibility/report.md). */
export function renderReport(
  claims,
  criteria = CRITERIA,
  template = readFileSync('scripts/accessibility/report.md', 'utf8'),
) {
  const dates = Object.values(criteria)
    .map((c) => c.manual?.date)
    .filter(Boolean)
    .sort();
  const counts = Object.fromEntries(
    VERDICTS.map((v) => [v, WCAG22.filter((c) => criteria[c.sc]?.verdict === v).length]),
  );
  return template
    .replace('{{date}}', dates.at(-1) ?? '')
    .replace('{{counts}}', VERDICTS.map((v) => `${v}: ${counts[v]}`).join(' · '))
    .replace('{{table-a}}', table('A', claims, criteria).join('\n'))
    .replace('{{table-aa}}', table('AA', claims, criteria).join('\n'));
}
