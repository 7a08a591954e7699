// XLIFF 1.2 checks and edits shared by `scripts/locales.js` (Node, with
// @xmldom/xmldom) and the browser test of the drift checks (with DOMParser).
// No Node-only imports here.

/** The `<note from=…>` that records which English text a translation was made from. */
export const HASH_NOTE = 'source-hash';
/**
 * The state `markStale` gives a translation whose English changed. Weblate, Poedit and translate-toolkit
 * all show it as needing work (docs/translating.md says where in each tool's code); `needs-review-translation`
 * is not one Weblate flags.
 */
export const STALE_STATE = 'needs-translation';
/**
 * Whether an XLIFF 1.2 target state means "not confirmed by a translator": `new` or any `needs-…` (every
 * other state, or none, is confirmed).
 */
export const isUnconfirmedState = (state) => /^(new|needs-)/.test(state ?? '');

const elements = (parent, tag) => Array.from(parent.getElementsByTagName(tag));
const child = (parent, tag) => elements(parent, tag)[0];

/** `<source>`/`<target>` content as text, placeholders written as {equiv-text}. */
export function flatten(node) {
  let text = '';
  for (const n of Array.from(node.childNodes)) {
    if (n.nodeType === 3) text += n.nodeValue;
    else if (n.nodeType === 1 && (n.nodeName === 'x' || n.nodeName === 'ph')) {
      text += `{${n.getAttribute('equiv-text') ?? n.textContent}}`;
    }
  }
  return text;
}

/** The placeholders of a `<source>` or `<target>`, sorted, as comparable strings. */
export function placeholders(node) {
  return elements(node, 'x')
    .map((x) => `${x.getAttribute('id')}=${x.getAttribute('equiv-text')}`)
    .sort();
}

/** The `<note from=…>` a translator writes to list numbers written as words (see docs/translating.md). */
export const TRANSLATOR_NOTE = 'translator';
const NUMBER_WORDS = /numbers as words:\s*([^\n]*)/i;

// Arabic-Indic (U+0660…) and Eastern Arabic/Persian (U+06F0…) digits read as 0-9; the Arabic decimal
// separator ٫ as a point; the Arabic thousands separator ٬ and no-break spaces as thousands separators.
const toAsciiDigits = (text) =>
  text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/[\u066c\u00a0\u202f]/g, '\u202f');
const NUMBER = /\d+(?:[.,\u202f]\d+)*/g;

/**
 * One number as written, in any of the locales' formats, to a canonical string: `0,5` and `0.5` → `0.5`,
 * `15,760`, `15.760` and `15 760` → `15760`. A single `.` or `,` before exactly three digits is a thousands
 * separator (unless the number starts with 0); any other last `.` or `,` is the decimal separator.
 */
export function canonicalNumber(written) {
  const parts = written.split(/([.,\u202f])/);
  const digits = parts.filter((_, i) => i % 2 === 0);
  const separators = parts.filter((_, i) => i % 2 === 1);
  if (!separators.length) return String(Number(written));
  const last = separators.at(-1);
  const thousandsOnly =
    last === '\u202f' ||
    (separators.length > 1 && separators.every((s) => s === last)) ||
    (separators.length === 1 && digits[1].length === 3 && digits[0] !== '0');
  if (thousandsOnly) return String(Number(digits.join('')));
  return String(Number(`${digits.slice(0, -1).join('')}.${digits.at(-1)}`));
}

/** The numbers of a text (placeholders left out), canonical, as a set. */
export function numbersIn(text) {
  return new Set((toAsciiDigits(text).match(NUMBER) ?? []).map(canonicalNumber));
}

/** Text of a `<source>`/`<target>` without its placeholders (their numbers are the widget's, not the text's). */
const textOnly = (node) =>
  Array.from(node.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.nodeValue)
    .join(' ');

/** Numbers the translator wrote as words in this unit (`numbers as words: 2, 8` in a translator note). */
export function numbersAsWords(unit) {
  const listed = new Set();
  for (const note of elements(unit, 'note')) {
    if (note.getAttribute('from') !== TRANSLATOR_NOTE) continue;
    const line = NUMBER_WORDS.exec(note.textContent)?.[1] ?? '';
    for (const n of numbersIn(line)) listed.add(n);
  }
  return listed;
}

/** Numbers of the source missing from the target, and numbers of the target not in the source. */
export function numberMismatch(source, target, asWords = new Set()) {
  const [inSource, inTarget] = [numbersIn(textOnly(source)), numbersIn(textOnly(target))];
  const missing = [...inSource].filter((n) => !inTarget.has(n) && !asWords.has(n));
  const extra = [...inTarget].filter((n) => !inSource.has(n) && !asWords.has(n));
  return { missing, extra };
}

/**
 * FNV-1a, 32 bit: a short, stable fingerprint of a text, as `flatten` gives it (whitespace as written). The
 * source-hash note holds it for the English; an approval note holds it for the English and the translation.
 */
export function sourceHash(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Removes a note of a unit, with the whitespace appendNote put before it. */
function removeNote(unit, note) {
  const previous = note.previousSibling;
  if (previous && previous.nodeType === 3 && !previous.nodeValue.trim()) unit.removeChild(previous);
  unit.removeChild(note);
}

/**
 * Adds a `<note from=…>` at the end of a unit, indented like its siblings, before the closing tag's
 * whitespace (removeNote undoes exactly this).
 */
function appendNote(doc, unit, from, annotates) {
  const note = doc.createElement('note');
  note.setAttribute('from', from);
  if (annotates) note.setAttribute('annotates', annotates);
  const last = unit.lastChild;
  const before = last && last.nodeType === 3 ? last : null;
  unit.insertBefore(doc.createTextNode('\n  '), before);
  unit.insertBefore(note, before);
  return note;
}

/** Removes the source-hash note of a unit, with the whitespace markStale put before it. */
export function removeHashNote(unit) {
  const note = hashNote(unit);
  if (note) removeNote(unit, note);
}

function hashNote(unit) {
  return elements(unit, 'note').find((n) => n.getAttribute('from') === HASH_NOTE);
}

/**
 * After `lit-localize extract`: records, in every unit, the hash of its English,
 * so that a translation a translator adds in their tool is already on record.
 * A translation whose English changed since is marked `state="needs-translation"`
 * (STALE_STATE) and loses `approved="yes"` (its review was of the old English; an
 * approval note stays, as a record that no longer counts: see approvalStatus); its
 * text stays, for the translator to review. It is stamped with the new hash,
 * so it stays flagged until a translator confirms it in their tool and the check
 * needs no developer step after that. Returns the ids it flagged.
 */
export function markStale(doc) {
  const flagged = [];
  for (const unit of elements(doc, 'trans-unit')) {
    const target = child(unit, 'target');
    const translated = target && flatten(target).trim() !== '';
    const hash = sourceHash(flatten(child(unit, 'source')));
    let note = hashNote(unit);
    if (note && note.textContent === hash) continue;
    if (note && translated) {
      target.setAttribute('state', STALE_STATE);
      unit.removeAttribute('approved');
      flagged.push(unit.getAttribute('id'));
    } else if (!note) {
      note = appendNote(doc, unit, HASH_NOTE, 'source');
      if (translated && !target.getAttribute('state')) target.setAttribute('state', 'translated');
    }
    note.textContent = hash;
  }
  return flagged;
}

/**
 * The `<note from=…>` that records a medical translator's approval (`npm run localize:approve`): the
 * fingerprints (sourceHash) of the English and of the translation they approved, the date and their name,
 * as `source=<hash> target=<hash> date=<yyyy-mm-dd> by=<name>`. Translation tools keep notes they do not
 * know, and so does `lit-localize extract` (it rewrites only the source, the target and its own note).
 */
export const APPROVAL_NOTE = 'approval';

const approvalNotes = (unit) => elements(unit, 'note').filter((n) => n.getAttribute('from') === APPROVAL_NOTE);

/** What an approval of this unit, now, would record: the fingerprints of its English and of its translation. */
export function approvalHashes(unit) {
  const target = child(unit, 'target');
  return { source: sourceHash(flatten(child(unit, 'source'))), target: target ? sourceHash(flatten(target)) : '' };
}

/** An approval note's text as { source, target, date, by }; a field it lacks is undefined. */
export function parseApproval(text) {
  const field = (name, pattern) => new RegExp(`(?:^|\\s)${name}=(${pattern})(?=\\s|$)`).exec(text)?.[1];
  return {
    source: field('source', '[0-9a-f]{8}'),
    target: field('target', '[0-9a-f]{8}'),
    date: field('date', '\\d{4}-\\d{2}-\\d{2}'),
    by: /(?:^|\s)by=(.+)$/.exec(text.trim())?.[1].trim(),
  };
}

/**
 * Whether a medical translator's approval of this unit counts: `approved="yes"`, a translated target whose
 * state is confirmed, and an approval note whose two fingerprints match the current English and the current
 * translation. A tool's `approved="yes"` alone (translate-toolkit writes it on every confirm, Poedit keeps it
 * after an edit) does not count. Returns { reviewed, record, stale }: `record` is the approval note read
 * (parseApproval) or null; `stale` says why a recorded approval no longer counts ('' when it counts or when
 * there is none).
 */
export function approvalStatus(unit) {
  const records = approvalNotes(unit).map((n) => parseApproval(n.textContent));
  const hashes = approvalHashes(unit);
  const matching = records.find((r) => r.source === hashes.source && r.target === hashes.target);
  const record = matching ?? records.at(-1) ?? null;
  const target = child(unit, 'target');
  const state = target?.getAttribute('state');
  let stale = '';
  if (!record) return { reviewed: false, record, stale };
  if (!record.source || !record.target) stale = 'its approval note cannot be read';
  else if (!matching) {
    const changed = [];
    if (record.source !== hashes.source) changed.push('the English');
    if (record.target !== hashes.target) changed.push('the translation');
    stale = `${changed.join(' and ')} changed since it was approved`;
  } else if (!target || !flatten(target).trim() || isUnconfirmedState(state)) {
    stale = `the translation is marked as needing work (state="${state}")`;
  } else if (unit.getAttribute('approved') !== 'yes') {
    stale = 'it is no longer marked approved="yes" in the file';
  }
  const reviewed = Boolean(matching) && !stale;
  return { reviewed, record, stale };
}

/**
 * Why this unit cannot be approved now ('' when it can): not translated, not confirmed (a `new` or
 * `needs-…` state), a placeholder or a number of the English lost or added.
 */
export function approvalRefusal(unit) {
  const source = child(unit, 'source');
  const target = child(unit, 'target');
  if (!source) return 'no <source>';
  if (!target || !flatten(target).trim()) return 'not translated';
  const state = target.getAttribute('state');
  if (isUnconfirmedState(state)) {
    return `not confirmed (state="${state}"): the translation needs work; review it and confirm it in your tool first`;
  }
  if (placeholders(source).join() !== placeholders(target).join()) return 'its placeholders differ from the English';
  const { missing, extra } = numberMismatch(source, target, numbersAsWords(unit));
  if (missing.length || extra.length)
    return `its numbers differ from the English (${[...missing, ...extra].join(', ')})`;
  return '';
}

/**
 * Records a medical translator's approval of one unit: `approved="yes"` and an approval note (APPROVAL_NOTE)
 * with the fingerprints of its English and translation now, replacing any earlier approval note. Returns why it
 * refused (approvalRefusal), writing nothing, or '' once recorded.
 */
export function approveUnit(doc, unit, { by, date }) {
  const refusal = approvalRefusal(unit);
  if (refusal) return refusal;
  for (const old of approvalNotes(unit)) removeNote(unit, old);
  const { source, target } = approvalHashes(unit);
  appendNote(doc, unit, APPROVAL_NOTE).textContent = `source=${source} target=${target} date=${date} by=${by}`;
  unit.setAttribute('approved', 'yes');
  return '';
}

/**
 * Every problem in one target-locale XLIFF file, as readable lines naming the
 * string id and the locale: not valid XLIFF 1.2, untranslated, a lost or
 * garbled placeholder, a number of the English missing from the translation
 * (or one added), or a translation not confirmed since its English changed.
 * Strings of a draft widget (`isDraft(id)`) may be untranslated: those are
 * pushed to `drafts` instead, so the check can list them. Approval is not
 * required; a medical approval that no longer counts (approvalStatus) is not a
 * problem either, but is pushed to `staleApprovals` for the check to list, and
 * the id of a unit with a tool's `approved="yes"` but no approval note to
 * `unrecordedApprovals`.
 */
export function checkXliff(
  doc,
  fileName = 'xliff',
  { isDraft = () => false, drafts = [], staleApprovals = [], unrecordedApprovals = [] } = {},
) {
  const problems = [];
  const root = doc.documentElement;
  if (root?.nodeName !== 'xliff' || root.getAttribute('version') !== '1.2') {
    return [`${fileName}: not an XLIFF 1.2 document (<xliff version="1.2">)`];
  }
  const file = child(doc, 'file');
  const locale = file?.getAttribute('target-language');
  if (!file || !file.getAttribute('source-language') || !locale) {
    problems.push(`${fileName}: <file> needs source-language and target-language`);
  }
  if (!file?.getAttribute('original') || !file?.getAttribute('datatype')) {
    problems.push(`${fileName}: <file> needs original and datatype (XLIFF 1.2)`);
  }
  if (!child(doc, 'body')) problems.push(`${fileName}: no <body>`);
  const ids = new Set();
  for (const unit of elements(doc, 'trans-unit')) {
    const id = unit.getAttribute('id');
    const where = `${locale}: ${id}`;
    if (!id) problems.push(`${fileName}: a <trans-unit> has no id`);
    if (ids.has(id)) problems.push(`${where}: duplicate id`);
    ids.add(id);
    const { record, stale } = approvalStatus(unit);
    if (stale) {
      staleApprovals.push(
        `${where}: approval by ${record.by ?? '?'} on ${record.date ?? '?'} no longer counts: ${stale}`,
      );
    } else if (!record && unit.getAttribute('approved') === 'yes') unrecordedApprovals.push(id);
    const source = child(unit, 'source');
    const target = child(unit, 'target');
    if (!source) {
      problems.push(`${where}: no <source>`);
      continue;
    }
    if (!target || flatten(target).trim() === '') {
      (isDraft(id) ? drafts : problems).push(`${where}: not translated (no <target>)`);
      continue;
    }
    const expected = placeholders(source).join(', ');
    const found = placeholders(target).join(', ');
    if (expected !== found) {
      problems.push(`${where}: placeholders differ: source has [${expected}], translation has [${found}]`);
    }
    const { missing, extra } = numberMismatch(source, target, numbersAsWords(unit));
    if (missing.length) {
      problems.push(`${where}: numbers of the English missing from the translation: ${missing.join(', ')}`);
    }
    if (extra.length) {
      problems.push(`${where}: numbers in the translation that are not in the English: ${extra.join(', ')}`);
    }
    const state = target.getAttribute('state');
    const note = hashNote(unit);
    if (isUnconfirmedState(state)) {
      problems.push(
        `${where}: not confirmed (state="${state}"): the English is new or changed; review the translation and confirm it in your tool`,
      );
    } else if (!note) {
      problems.push(`${where}: no record of the English it was translated from (run npm run localize:extract)`);
    } else if (note.textContent !== sourceHash(flatten(source))) {
      problems.push(`${where}: stale: the English changed since it was translated (run npm run localize:extract)`);
    }
  }
  return problems;
}
