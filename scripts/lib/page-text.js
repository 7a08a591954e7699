// What a crawler that runs no script reads in a page: the text parse5 gives (entities decoded, template
// contents included), and the built-in claims as literal text in each locale, to look for in it. Used by
// scripts/lib/crawler-text.test.js and scripts/lib/server-render.test.js.
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { parseXliff } from './xliff-files.js';

const root = new URL('../../', import.meta.url);

/** The shipped locales (the pseudo-locale en-XA is for testing layouts, not for readers). */
export const LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'];

/** Whitespace folded to one space (no-break spaces too: French puts one before a colon, or not). */
export const fold = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * The text of a parsed node (parse5) as a parser that runs no script reads it: every text node in document
 * order, template contents included, styles and scripts left out, whitespace folded; and every link target.
 */
export function readNode(node) {
  const texts = [];
  const hrefs = new Set();
  const walk = (parent) => {
    for (const child of parent.childNodes ?? []) {
      if (child.nodeName === '#text') texts.push(child.value);
      if (!child.tagName || child.tagName === 'style' || child.tagName === 'script') continue;
      const href = child.attrs.find((a) => a.name === 'href')?.value;
      if (href) hrefs.add(href);
      walk(child.tagName === 'template' ? child.content : child);
    }
  };
  walk(node);
  return { text: fold(texts.join('')), hrefs };
}

/** The same for an HTML page or fragment (text). */
export const pageText = (html) => readNode(parse(html));

const LETTER = /\p{L}/u;
/**
 * Whether `text` holds `phrase` as words: where the phrase begins or ends with a letter, the text has no
 * letter right before or after it ("High" is not in "Higher").
 */
export function holdsPhrase(text, phrase) {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = LETTER.test(phrase[0]) && LETTER.test(text[at - 1] ?? '');
    const after = LETTER.test(phrase.at(-1)) && LETTER.test(text[at + phrase.length] ?? '');
    if (!before && !after) return true;
  }
  return false;
}

/** The literal runs of a `<source>` or `<target>`: the text between its placeholders, folded. */
function literalRuns(node) {
  const runs = [''];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) runs[runs.length - 1] += child.nodeValue;
    else runs.push('');
  }
  const folded = runs.map(fold);
  // A claim that is all text is looked for whole; around placeholders, runs of mere punctuation are not.
  return folded.length === 1 ? folded : folded.filter((run) => /[\p{L}\p{N}]/u.test(run));
}

/**
 * Message id → the literal fragments of its text in `locale`: the XLIFF target (what the widgets show), or
 * the English source when a unit has no target (the widgets fall back to English too).
 */
export function messageFragments(locale) {
  const file = locale === 'en' ? 'es' : locale;
  const doc = parseXliff(readFileSync(new URL(`locales/${file}.xlf`, root), 'utf8'));
  return new Map(
    Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => {
      const source = unit.getElementsByTagName('source')[0];
      const target = unit.getElementsByTagName('target')[0];
      return [unit.getAttribute('id'), literalRuns(locale === 'en' || !target ? source : target)];
    }),
  );
}
