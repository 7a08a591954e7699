// XLIFF 1.2 checks and edits shared by `scripts/locales.js` (Node, with
// @xmldom/xmldom) and the browser test of the drift checks (with DOMParser).
// No Node-only imports here.

/** The `<note from=…>` that records which English text a translation was made from. */
export const HASH_NOTE = 'source-hash';
/** XLIFF 1.2 target states that mean "not confirmed by a translator". */
const UNCONFIRMED = new Set(['new', 'needs-translation', 'needs-review-translation', 'needs-adaptation', 'needs-l10n']);

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

/** FNV-1a, 32 bit: a short, stable fingerprint of the English source text. */
export function sourceHash(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Removes the source-hash note of a unit, with the whitespace markStale put before it. */
export function removeHashNote(unit) {
  const note = hashNote(unit);
  if (!note) return;
  const previous = note.previousSibling;
  if (previous && previous.nodeType === 3 && !previous.nodeValue.trim()) unit.removeChild(previous);
  unit.removeChild(note);
}

function hashNote(unit) {
  return elements(unit, 'note').find((n) => n.getAttribute('from') === HASH_NOTE);
}

/**
 * After `lit-localize extract`: records, for each translation, the hash of the
 * English it was made from. A translation whose English changed since is
 * marked `state="needs-review-translation"` (CAT tools show it as fuzzy) and
 * stamped with the new hash, so it stays flagged until a translator confirms
 * it (state `translated` or `final`). Returns the ids it flagged.
 */
export function markStale(doc) {
  const flagged = [];
  for (const unit of elements(doc, 'trans-unit')) {
    const target = child(unit, 'target');
    if (!target || flatten(target).trim() === '') continue;
    const hash = sourceHash(flatten(child(unit, 'source')));
    let note = hashNote(unit);
    if (note && note.textContent === hash) continue;
    if (note) {
      target.setAttribute('state', 'needs-review-translation');
      flagged.push(unit.getAttribute('id'));
    } else {
      note = doc.createElement('note');
      note.setAttribute('from', HASH_NOTE);
      note.setAttribute('annotates', 'source');
      // Indented like its siblings, before the closing tag's whitespace (removeHashNote undoes exactly this).
      const last = unit.lastChild;
      const before = last && last.nodeType === 3 ? last : null;
      unit.insertBefore(doc.createTextNode('\n  '), before);
      unit.insertBefore(note, before);
      if (!target.getAttribute('state')) target.setAttribute('state', 'translated');
    }
    note.textContent = hash;
  }
  return flagged;
}

/**
 * Every problem in one target-locale XLIFF file, as readable lines naming the
 * string id and the locale: not valid XLIFF 1.2, untranslated, a lost or
 * garbled placeholder, or a translation not confirmed since its English changed.
 * Strings of a draft widget (`isDraft(id)`) may be untranslated: those are
 * pushed to `drafts` instead, so the check can list them.
 */
export function checkXliff(doc, fileName = 'xliff', { isDraft = () => false, drafts = [] } = {}) {
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
    const state = target.getAttribute('state');
    const note = hashNote(unit);
    if (UNCONFIRMED.has(state)) {
      problems.push(`${where}: the English changed; the translation needs review (state="${state}")`);
    } else if (!note) {
      problems.push(`${where}: no record of the English it was translated from (run npm run localize:extract)`);
    } else if (note.textContent !== sourceHash(flatten(source))) {
      problems.push(`${where}: stale: the English changed since it was translated (run npm run localize:extract)`);
    }
  }
  return problems;
}
