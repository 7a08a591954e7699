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
//   Both take an optional folder instead of locales/ (the translate-toolkit test checks a copy).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLSerializer } from '@xmldom/xmldom';
import pseudolocale from 'pseudolocale';
import { STALE_STATE, checkXliff, markStale, removeHashNote } from './lib/xliff.js';
import { parseXliff as parse, serializeXliff as serialize, xliffFiles } from './lib/xliff-files.js';
import { WIDGETS } from './lib/widgets.js';

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
  for (const file of xliffFiles(dir)) {
    problems.push(...checkXliff(parse(readFileSync(join(dir, file), 'utf8')), `${dir}/${file}`, { isDraft, drafts }));
  }
  if (drafts.length) {
    console.warn(
      `Draft widgets (${draftPrefixes.join(', ')}): ${drafts.length} strings not yet translated:\n  ${drafts.join('\n  ')}`,
    );
  }
  if (problems.length) {
    console.error(`Locale check failed (${problems.length} problems):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Locale check passed: ${expected.join(', ')} are complete, confirmed and in step with the code.`);
}

const [command, dir = 'locales'] = process.argv.slice(2);
if (command === 'extract') extract(dir);
else if (command === 'check') check(dir);
else {
  console.error('usage: node scripts/locales.js extract|check [folder, default locales]');
  process.exit(2);
}
