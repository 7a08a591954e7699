import fc from 'fast-check';
import type { WidgetName } from '../../src/widgets.js';

/**
 * Adversarial inputs for the robustness tests: payloads, Unicode edge cases,
 * hostile URLs, prototype keys, deep and huge values, wrong types, and
 * one-field mutations of the valid documents docs/elements.md shows.
 *
 * Every generated document carries an expectation when one is certain:
 * `valid` (it must render, and its text must show as text), `invalid` (it
 * must show the error panel), or `unknown` (either, but nothing in between).
 */

/** Global flag every script payload would set. The tests check it stays unset. */
export const FLAG = '__ketaminePwned';
const PWN = `window.${FLAG}=1`;

/** HTML and script payloads, as text. */
export const HTML_PAYLOADS: readonly string[] = [
  `<img src=x onerror="${PWN}">`,
  `<img src=x onerror=${PWN}>`,
  `<script>${PWN}</script>`,
  `</script><script>${PWN}</script>`,
  `"><svg onload="${PWN}">`,
  `'><svg/onload=${PWN}>`,
  `<iframe srcdoc="<script>parent.${PWN}</script>"></iframe>`,
  `<object data="javascript:${PWN}"></object>`,
  `<embed src="javascript:${PWN}">`,
  `<a href="javascript:${PWN}">click</a>`,
  `<details open ontoggle="${PWN}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${PWN}>`,
  `<style>*{background:url("javascript:${PWN}")}</style>`,
  `<base href="javascript:${PWN}//">`,
  `<template shadowrootmode="open"><img src=x onerror=${PWN}></template>`,
  `<!--`,
  `-->`,
  `<![CDATA[x]]>`,
  `<!--?lit$123456789$-->`,
  `lit$123456789$`,
  `{{constructor.constructor('${PWN}')()}}`,
  `\${${PWN}}`,
  `&lt;b&gt;bold&lt;/b&gt;`,
  `&#x3C;script&#x3E;${PWN}&#x3C;/script&#x3E;`,
  `<b>bold</b>`,
];

/** URL-shaped attacks. Anything not starting with https:// or http:// must be refused. */
export const URL_PAYLOADS: readonly string[] = [
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}`,
  ` javascript:${PWN}`,
  `java\tscript:${PWN}`,
  `java\nscript:${PWN}`,
  `\u0000javascript:${PWN}`,
  `javascript://example.org/%0a${PWN}`,
  `javascript&colon;${PWN}`,
  `data:text/html,<script>${PWN}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19rZXRhbWluZVB3bmVkPTE8L3NjcmlwdD4=`,
  `DATA:image/svg+xml,<svg onload="${PWN}"/>`,
  `vbscript:msgbox(1)`,
  `VBScript:Execute("x")`,
  `file:///etc/passwd`,
  `ftp://example.org/file`,
  `blob:https://example.org/1234`,
  `about:blank`,
  `mailto:someone@example.org`,
  `tel:+15555550100`,
  `//evil.example/x`,
  `/relative/path`,
  `#fragment`,
  `example.org`,
  `https:evil.example`,
  `http://`,
  `https://`,
  ` https://example.org/leading-space`,
  `https://example.org/"><img src=x onerror=${PWN}>`,
  `https://exa mple.org/`,
  `https://example.org/\u202e`,
  `https://ex\u200bample.org/`,
  `https://例え.jp/`,
  `HTTPS://EXAMPLE.ORG/UPPER`,
  `https://user:password@example.org/`,
  `http://127.0.0.1:1/`,
  `https://example.org/${'a'.repeat(2100)}`,
];

/** Unicode edge cases. */
export const UNICODE_EDGES: readonly string[] = [
  '\u202e', // RIGHT-TO-LEFT OVERRIDE
  '\u202egnp.exe',
  '\u2066\u2067\u2068\u2069', // bidi isolates
  '\u200f\u200e', // RLM, LRM
  '\u061c', // Arabic letter mark
  '\u200b', // zero-width space
  '\u200c\u200d', // ZWNJ, ZWJ
  '\ufeff', // BOM
  '\u2060', // word joiner
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  'a\ud83d', // truncated pair
  '\udc00\ud800', // reversed pair
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301', // stacked combining marks
  'Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e\u0349\u035a\u032f\u031e\u0320\u034dA\u036b\u0357', // zalgo
  '\u0000',
  '\u0007\u001b[31m',
  '\u2028\u2029', // line and paragraph separators
  '\r\n\t\v\f',
  '\u00a0\u2003\u3000', // non-breaking and wide spaces
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'مرحبا بالعالم',
  'שלום',
  'ﷺ',
  '𝕳𝖊𝖑𝖑𝖔',
  'ǅǈǋ',
  '\uffff\ufffe',
];

/** Keys that reach prototypes when code assigns them carelessly. */
export const PROTO_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
const PROTO_WORDS: readonly string[] = [
  ...PROTO_KEYS,
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
  'polluted',
];

/** Sets an own, enumerable key, even `__proto__` (plain assignment would set the prototype instead). */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `{"__proto__": {"polluted": …}}` and friends, parsed from JSON text so `__proto__` is a real own key. */
export const protoPollutionValue = (key: string): unknown =>
  key === 'constructor'
    ? JSON.parse('{"prototype": {"polluted": "yes", "toString": "x"}, "polluted": "yes"}')
    : JSON.parse('{"polluted": "yes", "isAdmin": true, "toString": "x", "__proto__": {"polluted": "yes"}}');

const HUGE = 100_000;
const huge = (unit: string): string => unit.repeat(Math.ceil(HUGE / unit.length)).slice(0, HUGE);

/** 100 kB strings. */
export const hugeString: fc.Arbitrary<string> = fc
  .constantFrom('a', 'ab ', '<img src=x onerror=1>', '\u202e', '\u200b', 'e\u0301', '😀', '\ud800', ' ')
  .map(huge);

/** Nested arrays and objects, hundreds of levels deep. */
export function deepValue(depth: number, shape: 'array' | 'object' | 'mixed', leaf: unknown = 'deep'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) {
    value = shape === 'array' || (shape === 'mixed' && i % 2) ? [value] : { a: value };
  }
  return value;
}

export const deepArb: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 100, max: 1200 }), fc.constantFrom('array' as const, 'object' as const, 'mixed' as const))
  .map(([depth, shape]) => deepValue(depth, shape, `<img src=x onerror=${PWN}>`));

/** Strings an attacker, a typo or a translation plugin might put anywhere. */
export const adversarialString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HTML_PAYLOADS) },
  { weight: 3, arbitrary: fc.constantFrom(...URL_PAYLOADS) },
  { weight: 4, arbitrary: fc.constantFrom(...UNICODE_EDGES) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTO_WORDS) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...UNICODE_EDGES), fc.constantFrom(...HTML_PAYLOADS), fc.constantFrom(...UNICODE_EDGES))
      .map(([a, b, c]) => `${a}${b}${c}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t\n', 'null', 'undefined', 'NaN', '0', '-1', '1e309', 'true') },
  { weight: 1, arbitrary: hugeString },
);

/** Per-locale text maps, good and bad: unknown locales, no English, bad tags, prototype keys. */
export const localeMapArb: fc.Arbitrary<{ value: Record<string, unknown>; valid: boolean | undefined }> = fc.oneof(
  fc
    .tuple(fc.constantFrom('xx', 'zz-ZZ', 'tlh', 'en-US', 'es-MX', 'ar', 'qaa-Qaaa', 'fr-CA-x1234'), adversarialString)
    .map(([tag, text]) => ({ value: { en: 'English text', [tag]: text }, valid: undefined })),
  fc.constantFrom(
    { value: { es: 'Solo español' }, valid: false },
    { value: { EN: 'Upper-case tag' }, valid: false },
    { value: { en: '' }, valid: false },
    { value: { en: '   ' }, valid: false },
    { value: { en: 5 }, valid: false },
    { value: { en: null }, valid: false },
    { value: { en: ['a'] }, valid: false },
    { value: { en: { en: 'nested' } }, valid: false },
    { value: {}, valid: false },
    { value: { en: 'ok', 'e n': 'space in tag' }, valid: false },
    { value: { en: 'ok', toolongtag: 'x' }, valid: false },
    { value: { en: 'ok', es_MX: 'underscore' }, valid: false },
    { value: { en: 'ok', xx: 'unknown locale' }, valid: true },
    { value: { en: 'ok', 'zz-ZZ': 'unknown region' }, valid: true },
  ),
  fc.constantFrom(...PROTO_KEYS).map((key) => {
    const value: Record<string, unknown> = { en: 'English text' };
    setOwn(value, key, key === '__proto__' ? protoPollutionValue(key) : 'x');
    // zod's records drop an own `__proto__` key without a word (no pollution); the others are bad locale tags.
    return { value, valid: key === '__proto__' ? undefined : false };
  }),
);

/** Any value of the wrong type for a field, JSON-compatible. */
export const wrongJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, [], {}, [null], ''),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(adversarialString, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...PROTO_WORDS, 'en', 'id', 'x'), adversarialString, { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Any value at all, for a field: adversarial strings, wrong types, deep, huge, locale maps. */
export const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: adversarialString },
  { weight: 4, arbitrary: wrongJsonValue },
  { weight: 1, arbitrary: deepArb },
  { weight: 2, arbitrary: localeMapArb.map((m) => m.value) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS).map(protoPollutionValue) },
);

/* ------------------------------------------------------------------------- */
/* Valid documents (examples of docs/elements.md), one-field mutations.      */
/* ------------------------------------------------------------------------- */

export type Path = (string | number)[];

export const README_STUDY = {
  id: 'sunrise-2025-pilot',
  headline: {
    en: 'Our first 10 patients (fictional example)',
    es: 'Nuestros primeros 10 pacientes (ejemplo ficticio)',
  },
  condition: 'Social anxiety disorder',
  design: { randomized: false, blinding: 'open-label', control: 'none' },
  participants: 10,
  dose: '0.5 mg per kg over 40 minutes',
  route: 'intravenous',
  outcome: 'improved',
  result: 'Anxiety scores fell in 7 of 10 patients.',
  firstMeasured: '1 day after the first infusion',
  followUp: '4 weeks',
  sideEffects: 'Brief dissociation in most patients.',
  limitations: 'Small, uncontrolled, and everyone knew the treatment.',
  citation: {
    authors: 'Sunrise Clinic',
    title: 'Outcomes of our first ketamine patients',
    journal: 'Clinic report',
    year: 2025,
    url: 'https://example.org/our-pilot',
  },
};

/** The docs' example study with every optional field set, so each one gets mutated too. */
export const FULL_STUDY = {
  ...README_STUDY,
  id: 'sunrise-2025-rct',
  design: {
    randomized: true,
    blinding: 'double-blind',
    control: 'placebo',
    controlDescription: 'saline',
    crossover: true,
  },
  outcome: 'better-than-control',
  citation: { ...README_STUDY.citation, details: '43(2):325-333', doi: '10.1038/npp.2017.194', pmid: '28849777' },
};

export const README_TIMELINE = {
  steps: [
    {
      id: 'intake-call',
      title: { en: 'Intake call', es: 'Llamada inicial' },
      description: 'A nurse calls you to go over your health history.',
      timing: 'About 30 minutes, by phone',
      icon: 'phone',
    },
    {
      id: 'infusions',
      title: { en: 'Infusions', es: 'Infusiones' },
      description: { en: '6 infusions over 2–3 weeks.', es: '6 infusiones en 2 a 3 semanas.' },
      details: 'Each visit lasts about 2 hours, including time to rest afterwards.',
      icon: 'infusion',
      sources: [{ citation: "Our clinic's treatment protocol, 2025", url: 'https://example.org/protocol' }],
    },
  ],
};

export const README_COMPARISON = {
  therapies: [
    {
      id: 'tms',
      name: { en: 'TMS at our clinic', es: 'EMT en nuestra clínica' },
      cells: {
        administration: { text: 'Daily sessions of about 20 minutes, 5 days a week.', sources: ['our-protocol'] },
      },
    },
  ],
  criteria: [{ id: 'location', label: 'Where', cells: { ketamine: { text: 'At our clinic' } } }],
  sources: [{ id: 'our-protocol', citation: 'Our TMS protocol, 2025', url: 'https://example.org/tms' }],
};

export const README_HOW_IT_WORKS = {
  note: {
    en: 'Ask us how this applies to your own treatment plan.',
    es: 'Pregúntenos cómo se aplica a su propio plan de tratamiento.',
  },
};

export const README_SAFETY = {
  sections: {
    rules: {
      items: [
        {
          text: {
            en: 'At our clinic, a nurse checks your blood pressure every 15 minutes.',
            es: 'En nuestra clínica, una enfermera le mide la presión arterial cada 15 minutos.',
          },
          sources: ['our-protocol'],
        },
      ],
    },
    questions: { items: [{ text: 'Feel unwell after a session? Call our nurse line:', phone: '+1 555 0100' }] },
  },
  sources: [{ id: 'our-protocol', citation: 'Our monitoring protocol, 2025', url: 'https://example.org/protocol' }],
};

/** The clinic audit of docs/elements.md for <ketamine-evidence-summary>. */
export const README_AUDIT = {
  title: { en: 'Our patients, 2025 (fictional example)', es: 'Nuestros pacientes, 2025 (ejemplo ficticio)' },
  text: 'We asked every patient to fill in an anxiety questionnaire before and after treatment.',
  numbers: [
    { label: 'Patients treated', value: 42 },
    { label: 'Felt less anxious after 4 weeks', value: 19 },
  ],
  sources: [{ citation: 'Sunrise Clinic audit, 2025', url: 'https://example.org/audit' }],
};

/**
 * `study`, `timeline`, `comparison`, `how-it-works`, `safety` and `audit` are what the inline JSON holds;
 * `steps` is the timeline's `.steps` array.
 */
export type DocKind = 'study' | 'timeline' | 'steps' | 'comparison' | 'how-it-works' | 'safety' | 'audit';
export const VALID_DOCS: Record<DocKind, readonly object[]> = {
  study: [README_STUDY, FULL_STUDY],
  timeline: [README_TIMELINE],
  steps: [README_TIMELINE.steps],
  comparison: [README_COMPARISON],
  'how-it-works': [README_HOW_IT_WORKS],
  safety: [README_SAFETY],
  audit: [README_AUDIT],
};

/** What each widget's inline JSON child holds (a new widget, from the scaffold, takes none until it is added here). */
export const INLINE_JSON_DOC: Partial<Record<WidgetName, DocKind>> = {
  'evidence-card': 'study',
  'treatment-timeline': 'timeline',
  'therapy-comparison': 'comparison',
  'how-it-works': 'how-it-works',
  'safety-facts': 'safety',
  'evidence-summary': 'audit',
};

/** A generated input and what it must lead to, when that is certain. */
export interface Generated<T = unknown> {
  value: T;
  expect: 'valid' | 'invalid' | 'unknown';
  /** Text that a valid render must show verbatim (it went in as text). */
  shows?: string;
  /** What was done, for failure messages. */
  note: string;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every path into a document (not the root), leaves and branches. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

export function getAt(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], doc);
}

function parentOf(doc: unknown, path: Path): [Record<string | number, unknown>, string | number] {
  return [getAt(doc, path.slice(0, -1)) as Record<string | number, unknown>, path[path.length - 1]!];
}

const pathText = (path: Path): string => path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');

const isUrlPath = (path: Path): boolean => path[path.length - 1] === 'url';

/** Keys of the fields that take a LocalizedText (a string, or one text per locale). */
const LOCALIZED_KEYS = new Set([
  'headline',
  'condition',
  'dose',
  'result',
  'firstMeasured',
  'followUp',
  'sideEffects',
  'limitations',
  'controlDescription',
  'title',
  'description',
  'timing',
  'details',
  'citation',
  'name',
  'label',
  'text',
  'note',
]);

/** Paths of the LocalizedText fields of a valid document (a study's citation parts are plain text, not these). */
function localizedPaths(doc: unknown): Path[] {
  return pathsOf(doc).filter((path) => {
    const value = getAt(doc, path);
    return (
      LOCALIZED_KEYS.has(String(path[path.length - 1])) &&
      path[path.length - 2] !== 'citation' &&
      (typeof value === 'string' || (typeof value === 'object' && value !== null && 'en' in value))
    );
  });
}

/** Paths of plain strings that show in English (a map's `en` entry, not `es`). */
function shownTextPaths(doc: unknown): Path[] {
  const paths = localizedPaths(doc)
    .filter((path) => path[path.length - 1] !== 'controlDescription')
    .map((path) => (typeof getAt(doc, path) === 'string' ? path : [...path, 'en']));
  const citation = ['title', 'journal']
    .map((key) => ['citation', key])
    .filter((path) => typeof getAt(doc, path) === 'string');
  return [...paths, ...citation];
}

/**
 * Text a valid document may carry: payloads and Unicode edge cases wrapped in
 * ordinary words, so the trimmed, non-empty, short text is valid, and must be
 * shown as is.
 */
const validText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...UNICODE_EDGES, '', 'plain'),
    fc.constantFrom(...HTML_PAYLOADS, ...URL_PAYLOADS.filter((u) => u.length < 200)),
    fc.constantFrom(...UNICODE_EDGES, ''),
  )
  .map(([a, b, c]) => `Text ${a}${b}${c} end`);

/**
 * Whether the object at `path` is a map (texts by locale, cells by id) rather
 * than an object with fixed fields. zod's records drop an own `__proto__` key
 * silently (the key is ignored, nothing is polluted), where fixed-field
 * objects report it as an unknown field.
 */
function isRecord(doc: unknown, path: Path): boolean {
  const node = getAt(doc, path);
  return path[path.length - 1] === 'cells' || (typeof node === 'object' && node !== null && 'en' in node);
}

/** Keys that no object of a document accepts. */
const FIXED_ODD_KEYS: readonly string[] = [...PROTO_KEYS, 'extra', 'Id', 'url ', '', '\u202eid', 'toString'];

const MUTATIONS = ['replace', 'delete', 'add-key', 'retype', 'url', 'text', 'locale-map', 'id'] as const;

/** One-field corruptions (and some harmless changes) of a valid document. */
export function mutatedDoc(kind: DocKind): fc.Arbitrary<Generated> {
  return fc
    .record({
      base: fc.constantFrom(...VALID_DOCS[kind]),
      op: fc.constantFrom(...MUTATIONS),
      pick: fc.nat(),
      value: fieldValue,
      key: fc.oneof(fc.constantFrom(...FIXED_ODD_KEYS), fc.string()),
      url: fc.constantFrom(...URL_PAYLOADS),
      text: validText,
      map: localeMapArb,
      id: fc.constantFrom(
        'unknown-id',
        'Bad Id',
        'tms',
        'ketamine',
        'our-protocol',
        'intake-call',
        'constructor',
        '__proto__',
        '',
        'a'.repeat(81),
      ),
    })
    .map(({ base, op, pick, value, key, url, text, map, id }): Generated => {
      const doc = clone(base) as Record<string, unknown>;
      const all = pathsOf(doc);
      const choose = (paths: Path[]): Path | undefined => (paths.length ? paths[pick % paths.length] : undefined);
      switch (op) {
        case 'replace': {
          const path = choose(all)!;
          const [parent, last] = parentOf(doc, path);
          if (last === '__proto__') setOwn(parent, last, value);
          else parent[last] = value;
          return { value: doc, expect: 'unknown', note: `replace ${pathText(path)}` };
        }
        case 'delete': {
          const path = choose(all)!;
          const [parent, last] = parentOf(doc, path);
          if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else delete parent[last];
          return { value: doc, expect: 'unknown', note: `delete ${pathText(path)}` };
        }
        case 'add-key': {
          // An unknown key in any object of the document: every object is strict, every map's keys are checked.
          const objects = [[], ...all].filter((p) => {
            const node = getAt(doc, p);
            return node !== null && typeof node === 'object' && !Array.isArray(node);
          });
          const path = choose(objects)!;
          const node = getAt(doc, path) as object;
          if (Object.hasOwn(node, key)) return { value: doc, expect: 'valid', note: 'add-key (already there)' };
          setOwn(node, key, PROTO_KEYS.includes(key) ? protoPollutionValue(key) : value);
          // A fixed odd key is never a field name, a locale tag or a known row or column id; a random one might be.
          const certain = FIXED_ODD_KEYS.includes(key) && !(key === '__proto__' && isRecord(doc, path));
          return {
            value: doc,
            expect: certain ? 'invalid' : 'unknown',
            note: `add-key ${JSON.stringify(key)} at ${pathText(path) || '(root)'}`,
          };
        }
        case 'retype': {
          const path = choose(all)!;
          const [parent, last] = parentOf(doc, path);
          const old = parent[last];
          parent[last] =
            typeof old === 'string'
              ? Number.isNaN(Number(old))
                ? [old]
                : Number(old)
              : typeof old === 'number'
                ? String(old)
                : typeof old === 'boolean'
                  ? String(old)
                  : Array.isArray(old)
                    ? { ...old }
                    : [old];
          return { value: doc, expect: 'invalid', note: `retype ${pathText(path)}` };
        }
        case 'url': {
          const path = choose(all.filter(isUrlPath));
          if (!path) return { value: doc, expect: 'valid', note: 'url (the document has none)' };
          const [parent, last] = parentOf(doc, path);
          parent[last] = url;
          return {
            value: doc,
            // zod trims a URL before it checks it (so does the URL parser): surrounding spaces are harmless.
            expect: /^https?:\/\//i.test(url.trim()) ? 'unknown' : 'invalid',
            note: `url ${pathText(path)} = ${JSON.stringify(url.slice(0, 60))}`,
          };
        }
        case 'text': {
          // A harmless change: payloads and Unicode in ordinary words. Must render, as text.
          const paths = shownTextPaths(doc);
          const path = choose(paths)!;
          const [parent, last] = parentOf(doc, path);
          parent[last] = text;
          return { value: doc, expect: 'valid', shows: text.trim(), note: `text ${pathText(path)}` };
        }
        case 'locale-map': {
          const path = choose(localizedPaths(doc))!;
          const [parent, last] = parentOf(doc, path);
          parent[last] = map.value;
          return {
            value: doc,
            expect: map.valid === false ? 'invalid' : map.valid === true ? 'valid' : 'unknown',
            note: `locale-map ${pathText(path)}`,
          };
        }
        case 'id': {
          const idPaths = all.filter(
            (p) =>
              p[p.length - 1] === 'id' ||
              (p[p.length - 2] === 'sources' &&
                typeof p[p.length - 1] === 'number' &&
                typeof getAt(doc, p) === 'string'),
          );
          const path = choose(idPaths);
          if (!path) return { value: doc, expect: 'valid', note: 'id (the document has none)' };
          const [parent, last] = parentOf(doc, path);
          parent[last] = id;
          return { value: doc, expect: 'unknown', note: `id ${pathText(path)} = ${JSON.stringify(id.slice(0, 20))}` };
        }
      }
    });
}

/** A valid document with payloads and Unicode edge cases in one text it shows (`shows`). */
export const hostileTextDoc = (kind: DocKind): fc.Arbitrary<Generated> =>
  mutatedDoc(kind).filter((g) => g.shows !== undefined);

/** A valid document as is. */
export const validDoc = (kind: DocKind): fc.Arbitrary<Generated> =>
  fc
    .constantFrom(...VALID_DOCS[kind])
    .map((doc) => ({ value: clone(doc), expect: 'valid' as const, note: 'valid document' }));

/** A valid document with an own `__proto__` / `constructor` / `prototype` key somewhere. */
export const protoDoc = (kind: DocKind): fc.Arbitrary<Generated> =>
  fc.tuple(fc.constantFrom(...VALID_DOCS[kind]), fc.constantFrom(...PROTO_KEYS), fc.nat()).map(([base, key, pick]) => {
    const doc = clone(base);
    const objects = [[], ...pathsOf(doc)].filter((p) => {
      const node = getAt(doc, p);
      return node !== null && typeof node === 'object' && !Array.isArray(node);
    });
    const path = objects[pick % objects.length]!;
    setOwn(getAt(doc, path) as object, key, protoPollutionValue(key));
    const expect = key === '__proto__' && isRecord(doc, path) ? ('unknown' as const) : ('invalid' as const);
    return { value: doc, expect, note: `own ${key} at ${pathText(path) || '(root)'}` };
  });

/** A whole document of the wrong type or shape. */
export const wrongDoc: fc.Arbitrary<Generated> = fc
  .oneof(wrongJsonValue, adversarialString, deepArb)
  .map((value) => ({ value, expect: 'unknown' as const, note: 'wrong type' }));

/** A valid document with a 100 kB string in one text field (too long: at most 2000 characters). */
export const hugeDoc = (kind: DocKind): fc.Arbitrary<Generated> =>
  fc.tuple(fc.constantFrom(...VALID_DOCS[kind]), hugeString, fc.nat()).map(([base, text, pick]) => {
    const doc = clone(base);
    const paths = shownTextPaths(doc);
    const path = paths[pick % paths.length]!;
    const [parent, last] = parentOf(doc, path);
    parent[last] = text;
    // Too long (at most 2000 characters), or empty once trimmed.
    return { value: doc, expect: 'invalid' as const, note: `huge ${pathText(path)}` };
  });

/** Documents, as values: valid, nearly valid, and plainly wrong. */
export const docArb = (kind: DocKind): fc.Arbitrary<Generated> =>
  fc.oneof(
    { weight: 2, arbitrary: validDoc(kind) },
    { weight: 14, arbitrary: mutatedDoc(kind) },
    { weight: 2, arbitrary: protoDoc(kind) },
    { weight: 2, arbitrary: wrongDoc },
    { weight: 1, arbitrary: hugeDoc(kind) },
  );

/* ------------------------------------------------------------------------- */
/* The JS property: documents plus values JSON cannot hold.                  */
/* ------------------------------------------------------------------------- */

class Study {
  id = 'class-instance';
}

/** Values only a script can set: functions, symbols, exotic objects, cycles, proxies. */
export const exoticValue = (kind: DocKind): fc.Arbitrary<Generated> =>
  fc.constantFrom(...VALID_DOCS[kind]).chain((base) =>
    fc
      .constantFrom<() => Generated>(
        () => ({ value: undefined, expect: 'unknown', note: 'undefined' }),
        () => ({ value: null, expect: 'unknown', note: 'null' }),
        () => ({ value: Number.NaN, expect: 'unknown', note: 'NaN' }),
        () => ({ value: Infinity, expect: 'unknown', note: 'Infinity' }),
        () => ({ value: 10n, expect: 'unknown', note: 'bigint' }),
        () => ({ value: Symbol('study'), expect: 'unknown', note: 'symbol' }),
        () => ({ value: () => base, expect: 'unknown', note: 'function' }),
        () => ({ value: new Date(0), expect: 'unknown', note: 'Date' }),
        () => ({ value: /regexp/g, expect: 'unknown', note: 'RegExp' }),
        () => ({ value: new Map(Object.entries(base)), expect: 'unknown', note: 'Map' }),
        () => ({ value: new Set([base]), expect: 'unknown', note: 'Set' }),
        () => ({ value: new Uint8Array(8), expect: 'unknown', note: 'typed array' }),
        () => ({ value: new Study(), expect: 'unknown', note: 'class instance' }),
        () => ({ value: [clone(base)], expect: 'unknown', note: 'array of the document' }),
        () => ({ value: Object.assign(Object.create(null), clone(base)), expect: 'unknown', note: 'null prototype' }),
        () => ({ value: Object.freeze(clone(base)), expect: 'valid', note: 'frozen' }),
        () => ({ value: new Proxy(clone(base), {}), expect: 'valid', note: 'transparent proxy' }),
        () => {
          // A cycle through a strict object (the document, or the first step of a `.steps` array).
          const doc = clone(base) as Record<string, unknown>;
          const target = (Array.isArray(doc) ? doc[0] : doc) as Record<string, unknown>;
          target['self'] = doc;
          return { value: doc, expect: 'invalid', note: 'cycle' };
        },
        () => {
          const sparse: unknown[] = [];
          sparse[5] = clone(base);
          return { value: sparse, expect: 'unknown', note: 'sparse array' };
        },
        () => {
          const doc = clone(base) as Record<string, unknown>;
          Object.defineProperty(Array.isArray(doc) ? doc[0] : doc, 'dynamic', {
            get: () => 'getter',
            enumerable: true,
          });
          return { value: doc, expect: 'invalid', note: 'extra getter' };
        },
        () => {
          const doc = clone(base);
          Object.setPrototypeOf(doc, { polluted: 'inherited' });
          return { value: doc, expect: 'unknown', note: 'custom prototype' };
        },
        () => {
          // A getter that throws, on a field the schema reads.
          const doc = clone(base) as Record<string, unknown>;
          const target = (Array.isArray(doc) ? doc[0] : doc) as Record<string, unknown>;
          const key = Object.keys(target)[0]!;
          Object.defineProperty(target, key, {
            get() {
              throw new Error('getter throws');
            },
            enumerable: true,
          });
          return { value: doc, expect: 'unknown', note: 'throwing getter' };
        },
        () => ({
          value: new Proxy(clone(base), {
            get() {
              throw new Error('proxy get throws');
            },
            ownKeys() {
              throw new Error('proxy ownKeys throws');
            },
          }),
          expect: 'unknown',
          note: 'hostile proxy',
        }),
        () => {
          const { proxy, revoke } = Proxy.revocable(clone(base), {});
          revoke();
          return { value: proxy, expect: 'unknown', note: 'revoked proxy' };
        },
      )
      .map((make) => make()),
  );

/** Inputs for a JS property (`.study`, `.additions`): documents, exotic values. */
export const propertyArb = (kind: DocKind): fc.Arbitrary<Generated> =>
  fc.oneof({ weight: 10, arbitrary: docArb(kind) }, { weight: 1, arbitrary: exoticValue(kind) });

/* ------------------------------------------------------------------------- */
/* The inline JSON child: documents as text, and text that is not JSON.      */
/* ------------------------------------------------------------------------- */

const deepJson = (depth: number, open: string, close: string, inner = '1'): string =>
  open.repeat(depth) + inner + close.repeat(depth);

/** Raw texts, most of them not valid JSON at all. */
export const rawJsonText = (kind: DocKind): fc.Arbitrary<Generated> => {
  const valid = JSON.stringify(VALID_DOCS[kind][0]);
  return fc.oneof(
    fc.constantFrom<Generated>(
      { value: '', expect: 'unknown', note: 'empty' },
      { value: '   \n\t ', expect: 'unknown', note: 'whitespace' },
      { value: 'null', expect: 'invalid', note: 'null' },
      { value: '[]', expect: 'invalid', note: '[]' },
      { value: '{}', expect: 'unknown', note: '{}' },
      { value: '"text"', expect: 'invalid', note: 'string' },
      { value: '123', expect: 'invalid', note: 'number' },
      { value: 'true', expect: 'invalid', note: 'true' },
      { value: '{"a":1,}', expect: 'invalid', note: 'trailing comma' },
      { value: "{'id': 'x'}", expect: 'invalid', note: 'single quotes' },
      { value: `// comment\n${valid}`, expect: 'invalid', note: 'comment' },
      { value: `\ufeff${valid}`, expect: 'invalid', note: 'BOM' },
      { value: `${valid}\u2028`, expect: 'invalid', note: 'trailing U+2028' },
      { value: `${valid} ${valid}`, expect: 'invalid', note: 'two documents' },
      { value: valid.replace(/"([a-z]+)":/, '$1:'), expect: 'invalid', note: 'unquoted key' },
      { value: `{"participants": NaN}`, expect: 'invalid', note: 'NaN' },
      { value: `{"participants": 1e400}`, expect: 'invalid', note: '1e400' },
      { value: `<script>${PWN}</script>`, expect: 'invalid', note: 'script tag' },
      { value: `</script><script>${PWN}</script>`, expect: 'invalid', note: 'closing script tag' },
      { value: `<!--<script>`, expect: 'invalid', note: 'comment open' },
      { value: `javascript:${PWN}`, expect: 'invalid', note: 'javascript: text' },
      { value: deepJson(600, '[', ']'), expect: 'invalid', note: 'deep arrays' },
      { value: deepJson(5000, '[', ']'), expect: 'invalid', note: 'very deep arrays' },
      { value: deepJson(600, '{"a":', '}'), expect: 'invalid', note: 'deep objects' },
      { value: deepJson(800, '{"__proto__":', '}', '{"polluted":"yes"}'), expect: 'invalid', note: 'deep __proto__' },
      { value: '{"__proto__": {"polluted": "yes"}}', expect: 'invalid', note: '__proto__ root' },
      {
        value: '{"constructor": {"prototype": {"polluted": "yes"}}}',
        expect: 'invalid',
        note: 'constructor.prototype',
      },
      { value: '{"prototype": {"polluted": "yes"}}', expect: 'invalid', note: 'prototype' },
      { value: '"\\ud800"', expect: 'invalid', note: 'lone surrogate string' },
      { value: ' '.repeat(HUGE) + valid, expect: 'valid', note: '100 kB of leading whitespace' },
      { value: `[${'1,'.repeat(HUGE / 2)}1]`, expect: 'invalid', note: '100 kB array' },
      { value: `"${'a'.repeat(HUGE)}"`, expect: 'invalid', note: '100 kB string' },
    ),
    // A valid document cut short, or with one character changed.
    fc
      .tuple(fc.nat(valid.length - 1), fc.constantFrom('', '"', '{', '}', ',', ':', '\\', '\u0000', '<'))
      .map(([at, ch]): Generated => ({
        value: valid.slice(0, at) + ch + (ch === '' ? '' : valid.slice(at + 1)),
        expect: 'unknown',
        note: `edit at ${at}: ${JSON.stringify(ch)}`,
      })),
    // Duplicate keys: the last one wins in JSON.parse.
    fc.constantFrom('id', 'steps', 'therapies', 'headline').map((key): Generated => ({
      value: `{"${key}": "first", ${valid.slice(1)}`,
      expect: 'unknown',
      note: `duplicate ${key}`,
    })),
  );
};

/** Texts for the inline JSON child. */
export const jsonTextArb = (kind: DocKind): fc.Arbitrary<Generated<string>> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: docArb(kind).map((g) => ({ ...g, value: JSON.stringify(g.value) ?? 'undefined' })),
    },
    { weight: 2, arbitrary: rawJsonText(kind) as fc.Arbitrary<Generated<string>> },
  );

/* ------------------------------------------------------------------------- */
/* Attributes.                                                                */
/* ------------------------------------------------------------------------- */

/** Near misses of valid values: case, padding, invisible characters, one character off. */
export const nearValid = (valid: readonly string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...valid), fc.nat(6), fc.constantFrom(...UNICODE_EDGES, ' ', '\t')).map(([v, how, ch]) => {
    switch (how) {
      case 0:
        return v.toUpperCase();
      case 1:
        return ` ${v} `;
      case 2:
        return `${v}${ch}`;
      case 3:
        return `${ch}${v}`;
      case 4:
        return v.slice(0, -1);
      case 5:
        return `${v}x`;
      default:
        return `${v}${v}`;
    }
  });

/** One attribute value: valid, nearly valid, adversarial, empty; `null` removes the attribute. */
export const attrValue = (valid: readonly string[]): fc.Arbitrary<string | null> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...valid) },
    { weight: 3, arbitrary: nearValid(valid) },
    { weight: 5, arbitrary: adversarialString },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: fc.constant(null) },
  );

/** A space-separated id list: known ids, unknown ids, adversarial words, any whitespace between. */
export const idListValue = (known: readonly string[]): fc.Arbitrary<string | null> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .array(
          fc.tuple(
            fc.oneof(
              { weight: 5, arbitrary: fc.constantFrom(...known) },
              { weight: 2, arbitrary: nearValid(known) },
              { weight: 2, arbitrary: fc.constantFrom(...PROTO_WORDS, 'unknown', 'tms', 'price') },
              { weight: 1, arbitrary: adversarialString },
            ),
            fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', ' \u200b '),
          ),
          { maxLength: 6 },
        )
        .map((parts) => parts.map(([id, sep]) => id + sep).join('')),
    },
    { weight: 1, arbitrary: adversarialString },
    { weight: 1, arbitrary: fc.constant(null) },
  );

export const THEMES = ['auto', 'light', 'dark'] as const;
export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
export const ORIENTATIONS = ['vertical', 'horizontal'] as const;
export const STUDY_IDS = [
  'taylor-2018-sad',
  'glue-2017-dose',
  'glue-2018-maintenance',
  'glue-2020-replication',
  'glue-2020-r107',
  'feder-2014-ptsd',
  'feder-2021-ptsd',
  'abdallah-2022-ptsd',
  'duek-2023-ptsd',
] as const;
export const STEP_IDS = ['assessment', 'administration', 'monitoring', 'follow-up', 'complementary'] as const;
export const THERAPY_IDS = ['ketamine', 'ssri', 'benzodiazepine', 'cbt'] as const;
export const SECTION_IDS = ['status', 'effects', 'rules', 'who', 'long-term', 'questions'] as const;
export const CRITERION_IDS = [
  'mechanism',
  'onset',
  'administration',
  'duration',
  'evidence',
  'risks',
  'regulation',
] as const;
