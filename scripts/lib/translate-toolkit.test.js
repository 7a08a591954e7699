// node --test scripts/lib/: a translator finishes in translate-toolkit (the library behind Virtaal and
// Pootle, Debian's python3-translate), with no developer step, and `npm run localize:check` agrees.
// A copy of locales/ gets what `npm run localize:extract` writes when the English of some strings
// changed (markStale, the function extract calls) and when a string is new; a Python session then opens
// it with translate.storage.factory, confirms or edits units as the tool does, and saves; then the real
// check (scripts/locales.js check, with its re-extract against the code) runs on the result.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HASH_NOTE, STALE_STATE, markStale } from './xliff.js';
import { parseXliff, serializeXliff } from './xliff-files.js';

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

/** The real locale check (scripts/locales.js check) on a folder: passed, or its problem lines. */
function check(dir) {
  try {
    execFileSync('node', ['scripts/locales.js', 'check', dir], { cwd: ROOT, stdio: 'pipe' });
    return { passed: true, problems: [] };
  } catch (error) {
    if (typeof error.status !== 'number') throw error;
    // The problems follow the "Locale check failed" line (draft widgets' warnings may come before it).
    const lines = error.stderr.toString().split('\n');
    const problems = lines.slice(lines.findIndex((l) => l.startsWith('Locale check failed')) + 1);
    return { passed: false, problems: problems.map((l) => l.trim()).filter(Boolean) };
  }
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
  assert.deepEqual(check(dir), {
    passed: false,
    problems: [
      `de: ${b.id}: not confirmed (state="${STALE_STATE}"): the English is new or changed; review the translation and confirm it in your tool`,
      `de: ${c.id}: not translated (no <target>)`,
    ],
  });
});
