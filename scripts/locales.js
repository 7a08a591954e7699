// The translators' workflow, so that locales/ cannot drift from the code.
//
//   node scripts/locales.js extract   lit-localize extract, then record the English of each
//                                     string, flag translations whose English changed
//                                     (needs-translation), and regenerate the pseudo-locale
//   node scripts/locales.js check     (part of npm test) fails, naming the string id and the
//                                     locale, when extracting would change locales/, a locale is
//                                     not fully translated, a placeholder was lost or garbled, a
//                                     number of the English is not in the translation (or one is
//                                     added), or a translation is not confirmed since its
//                                     English changed
//                                     It also lists, without failing, approvals that no longer
//                                     count (English or translation changed since)
//   Both take an optional folder instead of locales/ (the translate-toolkit test checks a copy).
//
//   node scripts/locales.js approve <locale> (--group <group> | <id>…) --by "<name>" [--dir <folder>]
//                                     a medical translator records their approval: approved="yes" and
//                                     an approval note with fingerprints of the English and of the
//                                     translation (xliff.js approveUnit); refuses, naming them, strings
//                                     not translated or not confirmed
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { XMLSerializer } from '@xmldom/xmldom';
import pseudolocale from 'pseudolocale';
import { STALE_STATE, approvalStatus, approveUnit, checkXliff, markStale, removeHashNote } from './lib/xliff.js';
import { parseXliff as parse, serializeXliff as serialize, xliffFiles } from './lib/xliff-files.js';
import { ELEMENTS, WIDGETS } from './lib/widgets.js';
import { SHARED, messageGroups, sourceFiles } from './lib/messages.js';

const CONFIG = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
/** The generated QA locale: accented, bracketed, about 40% longer than English. */
export const PSEUDO_LOCALE = 'en-XA';

function litLocalizeExtract(configPath) {
  execFileSync('npx', ['--no-install', 'lit-localize', 'extract', '--config', configPath], { stdio: 'pipe' });
}

/**
 * Fills the pseudo-locale's targets from the English sources; placeholders
 * stay as they are. It is regenerated each time, so it is never stale.
 */
function pseudoLocalize(doc) {
  for (const unit of Array.from(doc.getElementsByTagName('trans-unit'))) {
    removeHashNote(unit);
    const source = unit.getElementsByTagName('source')[0];
    let target = unit.getElementsByTagName('target')[0];
    if (!target) {
      target = doc.createElement('target');
      unit.insertBefore(target, source.nextSibling);
    }
    target.removeAttribute('state');
    while (target.firstChild) target.removeChild(target.firstChild);
    const parts = Array.from(source.childNodes);
    parts.forEach((node, i) => {
      if (node.nodeType !== 3) {
        target.appendChild(node.cloneNode(true));
        return;
      }
      const text = pseudolocale(node.nodeValue, { prepend: '', append: '', extend: 0.4, extendCharacter: '·' });
      const open = i === 0 ? '⟦' : '';
      const close = i === parts.length - 1 ? '⟧' : '';
      target.appendChild(doc.createTextNode(`${open}${text}${close}`));
    });
    // A source that starts or ends with a placeholder still gets its brackets.
    if (parts[0]?.nodeType !== 3) target.insertBefore(doc.createTextNode('⟦'), target.firstChild);
    if (parts.at(-1)?.nodeType !== 3) target.appendChild(doc.createTextNode('⟧'));
  }
}

/** extract + mark + pseudo-locale, into `dir` (locales/ itself, or another folder). */
function extractInto(dir) {
  // lit-localize resolves the config's paths from the config's folder: a config for another folder
  // gets absolute paths and a folder of its own, so that two checks can run at once.
  const configDir = mkdtempSync(join(tmpdir(), 'ketamine-lit-localize-'));
  const configPath = join(configDir, 'lit-localize.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      ...CONFIG,
      tsConfig: resolve(CONFIG.tsConfig),
      output: { ...CONFIG.output, outputDir: resolve(CONFIG.output.outputDir) },
      interchange: { ...CONFIG.interchange, xliffDir: resolve(dir) },
    }),
  );
  try {
    litLocalizeExtract(configPath);
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
  const flagged = {};
  for (const file of xliffFiles(dir)) {
    const path = join(dir, file);
    const doc = parse(readFileSync(path, 'utf8'));
    if (file === `${PSEUDO_LOCALE}.xlf`) pseudoLocalize(doc);
    flagged[file] = markStale(doc);
    writeFileSync(path, serialize(doc));
  }
  return flagged;
}

function extract(dir) {
  const flagged = extractInto(dir);
  for (const [file, ids] of Object.entries(flagged)) {
    for (const id of ids) console.log(`${file}: ${id} changed in English; marked ${STALE_STATE}`);
  }
  console.log(`Extracted into ${dir}/ (${xliffFiles(dir).join(', ')}).`);
}

function check(dir) {
  const problems = [];
  const scratch = mkdtempSync(join(tmpdir(), 'ketamine-locales-'));
  try {
    cpSync(dir, scratch, { recursive: true });
    extractInto(scratch);
    for (const file of xliffFiles(scratch)) {
      const committed = readFileSync(join(dir, file), 'utf8');
      const fresh = readFileSync(join(scratch, file), 'utf8');
      if (committed === fresh) continue;
      const units = (text) =>
        new Map(
          Array.from(parse(text).getElementsByTagName('trans-unit')).map((u) => [
            u.getAttribute('id'),
            new XMLSerializer().serializeToString(u),
          ]),
        );
      const [before, after] = [units(committed), units(fresh)];
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
        (id) => before.get(id) !== after.get(id),
      );
      problems.push(
        `${dir}/${file}: out of date with the code (run npm run localize:extract); strings: ${changed.join(', ') || '(file header)'}`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const expected = CONFIG.targetLocales.map((l) => `${l}.xlf`).sort();
  const missing = expected.filter((f) => !xliffFiles(dir).includes(f));
  for (const file of missing) problems.push(`${dir}/${file}: missing (run npm run localize:extract)`);
  // A widget registered with `draft: true` (fresh from `npm run new-widget`) may still lack translations.
  const draftPrefixes = Object.keys(WIDGETS)
    .filter((name) => WIDGETS[name].draft)
    .map((name) => `${name}.`);
  const isDraft = (id) => draftPrefixes.some((prefix) => id?.startsWith(prefix));
  const drafts = [];
  const staleApprovals = [];
  for (const file of xliffFiles(dir)) {
    const unrecordedApprovals = [];
    const options = { isDraft, drafts, staleApprovals, unrecordedApprovals };
    problems.push(...checkXliff(parse(readFileSync(join(dir, file), 'utf8')), `${dir}/${file}`, options));
    if (unrecordedApprovals.length) {
      console.warn(
        `${dir}/${file}: ${unrecordedApprovals.length} strings have approved="yes" from a translation tool but no medical approval recorded (npm run localize:approve); they do not count as reviewed`,
      );
    }
  }
  if (drafts.length) {
    console.warn(
      `Draft widgets (${draftPrefixes.join(', ')}): ${drafts.length} strings not yet translated:\n  ${drafts.join('\n  ')}`,
    );
  }
  if (staleApprovals.length) {
    console.warn(
      `Medical approvals that no longer count (${staleApprovals.length}; the footer says the text is not checked until a medical translator checks it again and runs npm run localize:approve):\n  ${staleApprovals.join('\n  ')}`,
    );
  }
  if (problems.length) {
    console.error(`Locale check failed (${problems.length} problems):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Locale check passed: ${expected.join(', ')} are complete, confirmed and in step with the code.`);
}

const APPROVE_USAGE =
  'usage: npm run localize:approve -- <locale> (--group <group> | <string id>…) --by "<name>" [--dir <folder>]';

/**
 * `approve`: a medical translator records their approval of some strings of one locale (xliff.js approveUnit).
 * Unknown ids or group: nothing is written. Strings it refuses (not translated, not confirmed, placeholders or
 * numbers lost) are named; the others are approved, and the exit code is 1 if any was refused.
 */
function approve(args) {
  const usage = (message) => {
    console.error(`${message}\n${APPROVE_USAGE}`);
    process.exit(2);
  };
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { group: { type: 'string' }, by: { type: 'string' }, dir: { type: 'string', default: 'locales' } },
    });
  } catch (error) {
    usage(error.message);
  }
  const { values, positionals } = parsed;
  const [locale, ...ids] = positionals;
  const by = values.by?.replace(/\s+/g, ' ').trim();
  if (!locale) usage('Name the locale.');
  if (!by) usage('Say who approves: --by "<your name>".');
  if (Boolean(values.group) === Boolean(ids.length)) usage('Name a group (--group) or string ids, one of the two.');
  const targets = CONFIG.targetLocales.filter((l) => l !== PSEUDO_LOCALE);
  if (!targets.includes(locale)) usage(`No locale "${locale}" to approve; the locales are ${targets.join(', ')}.`);
  const path = join(values.dir, `${locale}.xlf`);
  const doc = parse(readFileSync(path, 'utf8'));
  const units = new Map(Array.from(doc.getElementsByTagName('trans-unit')).map((u) => [u.getAttribute('id'), u]));
  if (values.group) {
    const groups = messageGroups(sourceFiles('src'), ELEMENTS);
    const names = [SHARED, ...ELEMENTS];
    if (!names.includes(values.group)) usage(`No group "${values.group}"; the groups are ${names.join(', ')}.`);
    ids.push(...[...groups].filter(([, { group }]) => group === values.group).map(([id]) => id));
  }
  const unknown = ids.filter((id) => !units.has(id));
  if (unknown.length) {
    console.error(
      `${path}: no string with id ${unknown.join(', ')} (run npm run localize:extract?); nothing approved.`,
    );
    process.exit(1);
  }
  const date = new Date().toISOString().slice(0, 10);
  const approved = [];
  const already = [];
  const refused = [];
  for (const id of ids) {
    const unit = units.get(id);
    if (approvalStatus(unit).reviewed) {
      already.push(id);
      continue;
    }
    const refusal = approveUnit(doc, unit, { by, date });
    if (refusal) refused.push(`${locale}: ${id}: ${refusal}`);
    else approved.push(id);
  }
  if (approved.length) writeFileSync(path, serialize(doc));
  console.log(
    `${path}: approved ${approved.length} strings by ${by} on ${date}` +
      (already.length ? ` (${already.length} already approved, left as they were)` : '') +
      '. Run npm run localize:build to update the footers.',
  );
  if (refused.length) {
    console.error(`Not approved (${refused.length}):\n  ${refused.join('\n  ')}`);
    process.exit(1);
  }
}

const [command, ...args] = process.argv.slice(2);
const dir = args[0] ?? 'locales';
if (command === 'extract') extract(dir);
else if (command === 'check') check(dir);
else if (command === 'approve') approve(args);
else {
  console.error(`usage: node scripts/locales.js extract|check [folder, default locales]\n${APPROVE_USAGE}`);
  process.exit(2);
}
