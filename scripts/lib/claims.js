// The built-in clinical claims, by id, and the content changesets that record
// how they changed (see "What changed" in docs/development.md and scripts/content.js).
//
// What counts as a claim: every sentence or phrase a patient reads about
// treatment, risk, evidence or numbers. In practice every msg() of src/ is a
// claim unless its id matches NOT_CLAIMS (labels, buttons, headings, error
// panels, navigation), plus every value of the built-in data records that is
// not a msg() (a study's number of participants, design, outcome and citation;
// each pooled estimate and its range). A new msg() is a claim until it is
// listed here, so nothing a patient reads can change unrecorded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { findMessages, parseTs, sourceFiles } from './messages.js';

/** Ids of texts that are not claims: UI labels, headings, buttons, error panels, links and counts. */
export const NOT_CLAIMS = [
  // Error panels are for the webmaster who embeds a widget, not for patients.
  /^error\./,
  /\.error-title$/,
  // Links, footnote numbers, the "Sources (N)" toggle and the footer's own metadata.
  /^link\./,
  /^footnote\./,
  /^footer\.(sources|reviewed-version|reviewed-next-version|translation-review|review-due|provenance)$/,
  // The clinic's own review, in its words: a label around the name, role and date it gives, not a claim.
  /^footer\.clinic-review$/,
  // Plural forms of "N participants": the number itself is a data record (data.study.<id>.participants).
  /^count\./,
  // Field labels and buttons of the evidence card ("Dose", "Study details", "Main result:").
  /^card\.(dose|side-effects|participants|route|design|limitations|follow-up|first-measured|main-result|study-details|strength-sources)$/,
  // The timeline's labels and navigation.
  /^timeline\.(list-label|more-details|step-number|another-option|timing-label|current|source-link|step-sources-label)$/,
  // The comparison's caption, column and row names (criteria, or the patients' questions of rows="questions"), and controls.
  /^comparison\.(caption|intro|highlighted|source-website|card-more)$/,
  /^comparison\.(therapy|criterion|question)\./,
  // How-it-works headings, diagram labels and controls.
  /^how-it-works\.(heading|clinic-note|source-website|onset\.heading|claims\.(heading|read|research)|other-ideas\.toggle)$/,
  /^how-it-works\.onset\.[a-z]+\.name$/,
  // The steps' diagram labels; their titles ("Ketamine blocks NMDA receptors") are claims.
  /^how-it-works\.step\.[a-z-]+\.label$/,
  // Safety-facts section titles, the questions a patient may ask, and controls.
  /^safety-facts\.([a-z-]+\.)?title$/,
  /^safety-facts\.(intro|from-clinic|source-website)$/,
  /^safety-facts\.questions\./,
  // The icon arrays' group names ("Ketamine", "Placebo") and the legend of the drawing ("Each figure is 1 person").
  /^(study|safety-facts)\.group\./,
  /^icon-array\.legend$/,
  // The visit preparation: the patient's own values, readiness questions, labels and buttons. It claims nothing
  // of its own; the facts on its summary are the safety facts' claims (src/content/safety-shared.ts).
  /^visit-prep\./,
  // Evidence-summary headings, chart and table labels, and controls.
  /^evidence-summary\.(heading|sure|trials|more|see-chart|show-table|hide-table|chart-title|table-caption|claims-heading|claims-intro|claim-label|evidence-label|source-website|no-difference|favours-ketamine|favours-comparison|estimate)$/,
  /^evidence-summary\.col\./,
  /^evidence-summary\.[a-z]+\.name$/,
];
export const isClaim = (id) => !NOT_CLAIMS.some((pattern) => pattern.test(id));

/** The English of a msg() call, placeholders written as `{expression}` (as the XLIFF files show them). */
function englishOf(node, sourceFile) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  const template = ts.isTaggedTemplateExpression(node) ? node.template : node;
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  if (!ts.isTemplateExpression(template)) return node.getText(sourceFile);
  return template.templateSpans.reduce(
    (text, span) => `${text}{${span.expression.getText(sourceFile)}}${span.literal.text}`,
    template.head.text,
  );
}

/** Claim id → English text of every msg() claim in `files` (default: src/). */
export function messageClaims(files = sourceFiles('src')) {
  const claims = {};
  for (const path of files) {
    const sourceFile = parseTs(path, readFileSync(path, 'utf8'));
    for (const { id, call } of findMessages(sourceFile)) {
      if (isClaim(id)) claims[id] ??= englishOf(call.arguments[0], sourceFile);
    }
  }
  return claims;
}

/** Stands in for @lit/localize while the data records are read: a msg() becomes a marker, left out. */
const MSG_MARK = '__msgClaim';
const RECORDS_ENTRY = `
import { STUDIES } from './src/elements/evidence-card/studies.ts';
import { MEASURES } from './src/elements/evidence-summary/content.ts';
export const records = {
  study: Object.fromEntries(Object.entries(STUDIES).map(([id, study]) => [id, study()])),
  // The pooled estimates and which side favours ketamine; the axes (min, max, ticks) are drawing, not claims.
  'evidence-summary': Object.fromEntries(
    MEASURES.map(({ id, none, ketamineAbove, rows }) => [id, { none, ketamineAbove, rows }]),
  ),
};`;
const localizeShim = {
  name: 'msg-markers',
  setup(builder) {
    builder.onResolve({ filter: /^@lit\/localize$/ }, () => ({ path: 'localize', namespace: 'shim' }));
    builder.onLoad({ filter: /.*/, namespace: 'shim' }, () => ({
      contents: `export const msg = () => ({ ${MSG_MARK}: true }); export const str = () => '';`,
    }));
  },
};

/** `data.<kind>.<id>.<path>` → the value as text, for every leaf that is not a msg() (those are claims by id). */
function flatten(value, path, into) {
  if (typeof value === 'function' || value?.[MSG_MARK]) return into;
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, `${path}.${key}`, into);
  } else if (value !== undefined) {
    into[path] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return into;
}

/** Claim id → value of the built-in data records (studies, pooled estimates), read from src/. */
export async function recordClaims(root = process.cwd()) {
  const { outputFiles } = await build({
    stdin: { contents: RECORDS_ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
    plugins: [localizeShim],
  });
  const { records } = await import(
    `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
  );
  return flatten(records, 'data', {});
}

/** Every claim of the built-in content, sorted by id. */
export async function currentClaims() {
  const all = { ...messageClaims(), ...(await recordClaims()) };
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The claims that differ: [{ id, old, new }], `old` undefined for an added claim, `new` for a removed one. */
export function diffClaims(before, after) {
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return ids.filter((id) => before[id] !== after[id]).map((id) => ({ id, old: before[id], new: after[id] }));
}

export const CONTENT_MARK = '<!-- content-claims -->';
const quote = (text) => (text === undefined ? '(none)' : `“${text}”`);

/** A Changesets changeset for the claims that changed, with empty Why and Source for each. */
export function changesetText(packageName, version, changes) {
  const claims = changes.length === 1 ? '1 clinical claim' : `${changes.length} clinical claims`;
  const blocks = changes.map(
    (c) =>
      `#### \`${c.id}\`${c.old === undefined ? ' (new)' : c.new === undefined ? ' (removed)' : ''}\n\n` +
      `- Old: ${quote(c.old)}\n- New: ${quote(c.new)}\n- Why:\n- Source:\n`,
  );
  return `---\n"${packageName}": minor\n---\n\nContent version ${version}: ${claims} changed.\n\n${CONTENT_MARK}\n\n${blocks.join('\n')}`;
}

/** A Source names the evidence file's section (`evidence.md §B`, `section B`) or a citation's DOI or address. */
const SOURCE = /evidence\.md|§\s*[A-K]\b|\bsection [A-K]\b|\b10\.\d{4,}\/\S+|https?:\/\/\S+/i;

/** Problems of one content changeset: each claim needs a Why and a Source that names where it comes from. */
export function changesetProblems(text, fileName) {
  if (!text.includes(CONTENT_MARK)) return [];
  const problems = [];
  for (const block of text
    .split(CONTENT_MARK)[1]
    .split(/^#### /m)
    .slice(1)) {
    const id = /^`([^`]+)`/.exec(block)?.[1] ?? block.split('\n')[0];
    const field = (name) => new RegExp(`^- ${name}:[ \\t]*(.*)$`, 'm').exec(block)?.[1].trim() ?? '';
    if (!field('Why')) problems.push(`${fileName}: ${id}: "Why" is empty: say why the claim changed`);
    const source = field('Source');
    if (!source)
      problems.push(`${fileName}: ${id}: "Source" is empty: name the evidence file's section or the citation`);
    else if (!SOURCE.test(source)) {
      problems.push(
        `${fileName}: ${id}: "Source" (${source}) names neither a section of the evidence file (evidence.md §B) nor a DOI or address`,
      );
    }
  }
  return problems;
}

/** Every problem of the changesets waiting in `dir` (.changeset/). */
export function pendingChangesetProblems(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .flatMap((f) => changesetProblems(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}
