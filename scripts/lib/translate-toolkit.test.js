// node --test scripts/lib/: a translator finishes in translate-toolkit (the library behind Virtaal and
// Pootle, Debian's python3-translate), with no developer step, and `npm run localize:check` agrees.
// A copy of locales/ gets what `npm run localize:extract` writes when the English of some strings
// changed (markStale, the function extract calls) and when a string is new; a Python session then opens
// it with translate.storage.factory, confirms or edits units as the tool does, and saves; then the real
// check (scripts/locales.js check, with its re-extract against the code) runs on the result.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { APPROVAL_NOTE, HASH_NOTE, STALE_STATE, approvalStatus, flatten, markStale, sourceHash } from './xliff.js';
import { parseXliff, serializeXliff } from './xliff-files.js';
import { reviewedGroups } from './review-status.js';
import { SHARED, messageGroups, sourceFiles } from './messages.js';
import { ELEMENTS } from './widgets.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SESSION = fileURLToPath(new URL('translate-toolkit-session.py', import.meta.url));
const PYTHON = '/usr/bin/python3';

const work = mkdtempSync(join(tmpdir(), 'ketamine-ttk-'));
after(() => rmSync(work, { recursive: true, force: true }));

const hashNote = (unit) =>
  Array.from(unit.getElementsByTagName('note')).find((n) => n.getAttribute('from') === HASH_NOTE);
const units = (path) => Array.from(parseXliff(readFileSync(path, 'utf8')).getElementsByTagName('trans-unit'));
const targetText = (unit) => unit.getElementsByTagName('target')[0]?.textContent;

/**
 * A fresh copy of locales/ in `name`, as `npm run localize:extract` leaves it when the English of
 * `changed` changed and `added` are new strings, in each of `locales`. Returns the folder.
 */
function localesAfterExtract(name, locales, { changed, added }) {
  const dir = join(work, name);
  cpSync(join(ROOT, 'locales'), dir, { recursive: true });
  for (const locale of locales) {
    const path = join(dir, `${locale}.xlf`);
    const doc = parseXliff(readFileSync(path, 'utf8'));
    const unit = (id) => Array.from(doc.getElementsByTagName('trans-unit')).find((u) => u.getAttribute('id') === id);
    // The recorded English no longer matches: what extract sees after a developer edits the text.
    for (const id of changed) hashNote(unit(id)).textContent = 'feedbeef';
    // A new string: no translation yet, and no record of its English.
    for (const id of added) {
      const u = unit(id);
      for (const node of [u.getElementsByTagName('target')[0], hashNote(u)]) u.removeChild(node);
    }
    assert.deepEqual(markStale(doc), changed, 'extract flags exactly the strings whose English changed');
    writeFileSync(path, serializeXliff(doc));
  }
  return dir;
}

/** Runs a translator's session in translate-toolkit on one file; returns how the tool saw the units. */
function translateToolkit(path, session) {
  return JSON.parse(execFileSync(PYTHON, [SESSION, path, JSON.stringify(session)], { encoding: 'utf8' }));
}

/**
 * The real locale check (scripts/locales.js check) on a folder: passed, its problem lines, and the lines it
 * writes before them (information: draft widgets, approvals that no longer count).
 */
function check(dir) {
  const run = spawnSync('node', ['scripts/locales.js', 'check', dir], { cwd: ROOT, encoding: 'utf8' });
  if (typeof run.status !== 'number') throw run.error ?? new Error(`locale check: ${run.signal}`);
  const lines = run.stderr.split('\n').map((l) => l.trim());
  // The problems follow the "Locale check failed" line (draft widgets' warnings may come before it).
  const failed = lines.findIndex((l) => l.startsWith('Locale check failed'));
  const info = (failed < 0 ? lines : lines.slice(0, failed)).filter(Boolean);
  if (run.status === 0) return { passed: true, problems: [], info };
  return { passed: false, problems: lines.slice(failed + 1).filter(Boolean), info };
}

/** A medical translator's approval with our command (npm run localize:approve), on a folder. */
function approve(dir, locale, args) {
  execFileSync('node', ['scripts/locales.js', 'approve', locale, ...args, '--by', 'Dr Test Reviewer', '--dir', dir], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

// Three plain strings (no placeholder, no number), whatever the current content, and their French text.
let plain;
before(() => {
  try {
    execFileSync(PYTHON, ['-c', 'from translate.storage import factory'], { stdio: 'pipe' });
  } catch {
    throw new Error(
      `translate-toolkit is missing: ${PYTHON} cannot import translate.storage. Install Debian's translate-toolkit ` +
        '(apt-get install translate-toolkit); .ci/run installs it when missing. This test needs the real tool.',
    );
  }
  plain = units(join(ROOT, 'locales', 'fr.xlf'))
    .filter((u) => targetText(u) && !u.getElementsByTagName('x').length)
    .filter((u) => !/\d/.test(u.getElementsByTagName('source')[0].textContent))
    .map((u) => ({ id: u.getAttribute('id'), fr: targetText(u) }))
    .slice(0, 3);
  assert.equal(plain.length, 3, 'fr.xlf has three plain translated strings');
});

test('translate-toolkit shows a string whose English changed as needing work, with its old translation', () => {
  const [a, b] = plain;
  const dir = localesAfterExtract('shown', ['fr'], { changed: [a.id], added: [] });
  const { before: seen } = translateToolkit(join(dir, 'fr.xlf'), { report: [a.id, b.id] });
  assert.deepEqual(seen[a.id], {
    target: a.fr,
    fuzzy: true,
    workflow: 'needs work',
    state: STALE_STATE,
    approved: null,
  });
  // An unchanged string reads as translated: translate-toolkit calls every unapproved unit "fuzzy", so
  // its workflow state is what tells the two apart.
  assert.equal(seen[b.id].workflow, 'translated, not reviewed');
});

test('confirming in translate-toolkit passes the locale check; a string left unconfirmed fails it', () => {
  const [a, b, c] = plain;
  const dir = localesAfterExtract('confirmed', ['fr', 'de'], { changed: [a.id, b.id], added: [c.id] });

  // In French, the translator reviews both changed strings, confirms them and translates the new one.
  const fr = translateToolkit(join(dir, 'fr.xlf'), {
    report: [a.id, c.id],
    translate: { [c.id]: c.fr },
    confirm: [a.id, b.id, c.id],
  });
  // What translate-toolkit writes when a translator confirms: a translated state and approved="yes".
  assert.deepEqual(fr.after[a.id], {
    target: a.fr,
    fuzzy: false,
    workflow: 'translated, not reviewed',
    state: 'translated',
    approved: 'yes',
  });
  assert.equal(fr.after[c.id].state, 'translated');

  // In German, the translator rewrites one changed string and confirms it, and leaves the rest.
  const deText = targetText(units(join(dir, 'de.xlf')).find((u) => u.getAttribute('id') === a.id));
  translateToolkit(join(dir, 'de.xlf'), { translate: { [a.id]: `${deText} !` }, confirm: [a.id] });

  // One run of the real check: French passes every rule (none of its strings is named), German fails
  // on exactly the string left unconfirmed and the one not translated.
  const { passed, problems } = check(dir);
  assert.deepEqual(
    { passed, problems },
    {
      passed: false,
      problems: [
        `de: ${b.id}: not confirmed (state="${STALE_STATE}"): the English is new or changed; review the translation and confirm it in your tool`,
        `de: ${c.id}: not translated (no <target>)`,
      ],
    },
  );
});

test('only an approval recorded by localize:approve hides the review line, and only while its English and translation stay', () => {
  // A widget's group with two plain French strings (a translator can retype them in the tool).
  const groups = messageGroups(sourceFiles(join(ROOT, 'src')), ELEMENTS);
  const frUnits = units(join(ROOT, 'locales', 'fr.xlf'));
  const isPlain = (u) => targetText(u) && !u.getElementsByTagName('x').length && !/\d/.test(targetText(u));
  const group = ELEMENTS.find(
    (g) => frUnits.filter((u) => groups.get(u.getAttribute('id'))?.group === g && isPlain(u)).length >= 2,
  );
  assert.ok(group, 'a widget with two plain French strings');
  const [a, b] = frUnits
    .filter((u) => groups.get(u.getAttribute('id'))?.group === group && isPlain(u))
    .map((u) => ({ id: u.getAttribute('id'), fr: targetText(u) }));
  const ids = [...groups].filter(([, g]) => g.group === group).map(([id]) => id);

  // A copy of locales/ as it was when `a` had an older English (what the code said then).
  const dir = join(work, 'approval');
  cpSync(join(ROOT, 'locales'), dir, { recursive: true });
  const path = join(dir, 'fr.xlf');
  const doc = parseXliff(readFileSync(path, 'utf8'));
  const unitA = Array.from(doc.getElementsByTagName('trans-unit')).find((u) => u.getAttribute('id') === a.id);
  const sourceA = unitA.getElementsByTagName('source')[0];
  sourceA.textContent = `${sourceA.textContent} Older wording.`;
  hashNote(unitA).textContent = sourceHash(flatten(sourceA));
  writeFileSync(path, serializeXliff(doc));

  // What split-messages.js writes as the group's `reviewed` flag: false shows the footer's review line.
  const unit = (id) => units(path).find((u) => u.getAttribute('id') === id);
  const reviewed = () => {
    const status = reviewedGroups(parseXliff(readFileSync(path, 'utf8')), groups, [SHARED, ...ELEMENTS]);
    return { [SHARED]: status.get(SHARED), [group]: status.get(group) };
  };
  assert.deepEqual(reviewed(), { [SHARED]: false, [group]: false });

  // translate-toolkit's own confirm writes approved="yes" on every string of the group and of the shared one:
  // that is not a medical review, and the line stays.
  const confirmed = translateToolkit(path, {
    report: [a.id],
    confirm: ids.concat(...[...groups].filter(([, g]) => g.group === SHARED).map(([id]) => id)),
  });
  assert.equal(confirmed.after[a.id].approved, 'yes');
  assert.deepEqual(reviewed(), { [SHARED]: false, [group]: false });

  // The medical translator approves both groups with our command: the line goes.
  approve(dir, 'fr', ['--group', SHARED]);
  approve(dir, 'fr', ['--group', group]);
  assert.deepEqual(reviewed(), { [SHARED]: true, [group]: true });
  assert.match(
    Array.from(unit(a.id).getElementsByTagName('note')).find((n) => n.getAttribute('from') === APPROVAL_NOTE)
      .textContent,
    /^source=[0-9a-f]{8} target=[0-9a-f]{8} date=\d{4}-\d{2}-\d{2} by=Dr Test Reviewer$/,
  );

  // Opened and saved in translate-toolkit, the approval notes stay; retyping a translation there keeps
  // approved="yes" (as Poedit does too) but the approval no longer counts.
  const edited = translateToolkit(path, { report: [b.id], translate: { [b.id]: `${b.fr} !` }, confirm: [b.id] });
  assert.equal(edited.after[b.id].approved, 'yes');
  assert.deepEqual(reviewed(), { [SHARED]: true, [group]: false });
  assert.equal(approvalStatus(unit(b.id)).stale, 'the translation changed since it was approved');
  approve(dir, 'fr', [b.id]);
  assert.deepEqual(reviewed(), { [SHARED]: true, [group]: true });

  // The English of `a` changes: the real extract on the copy brings the code's English, marks `a` as
  // needing work and keeps its approval note; the line is back.
  execFileSync('node', ['scripts/locales.js', 'extract', dir], { cwd: ROOT, stdio: 'pipe' });
  assert.equal(unit(a.id).getElementsByTagName('target')[0].getAttribute('state'), STALE_STATE);
  assert.deepEqual(reviewed(), { [SHARED]: true, [group]: false });
  // Our command refuses it while it needs work, naming it.
  assert.throws(
    () => approve(dir, 'fr', [a.id]),
    (error) => error.stderr.toString().includes(`fr: ${a.id}: not confirmed (state="${STALE_STATE}")`),
  );
  // A translator confirms it in translate-toolkit (approved="yes" again): still not a medical review.
  translateToolkit(path, { confirm: [a.id] });
  assert.equal(unit(a.id).getAttribute('approved'), 'yes');
  assert.deepEqual(reviewed(), { [SHARED]: true, [group]: false });
  // The check passes (approval is not required) and lists the approval that no longer counts.
  const result = check(dir);
  assert.equal(result.passed, true, result.problems.join('\n'));
  const listed = `fr: ${a.id}: approval by Dr Test Reviewer on \\d{4}-\\d{2}-\\d{2} no longer counts: the English changed since it was approved`;
  assert.ok(
    result.info.some((line) => new RegExp(`^${listed}$`).test(line)),
    result.info.join('\n'),
  );
  // The medical translator checks it again and approves it: the line goes.
  approve(dir, 'fr', [a.id]);
  assert.deepEqual(reviewed(), { [SHARED]: true, [group]: true });
});
