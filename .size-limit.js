// The size budgets `npm run size` checks with size-limit (min + gzip, English), one row per set of files a
// page or an app loads. The rows come from the widget registry and the builds' chunk graphs
// (scripts/size-chunks.js), so a new widget gets its rows without edits here.
import { readdirSync, readFileSync } from 'node:fs';
import { ELEMENTS } from './scripts/lib/widgets.js';
import { added, esbuildGraph, fileFor, paths, staticClosure, viteGraph } from './scripts/size-chunks.js';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const LANGUAGE = {
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  'pt-BR': 'Brazilian Portuguese',
  ar: 'Arabic',
  'en-XA': 'Pseudo-locale (QA)',
};
const TEXTS = {
  shared: 'texts every widget shares',
  ...Object.fromEntries(ELEMENTS.map((e) => [e, `${e.replaceAll('-', ' ')} texts`])),
};

/** The project's budget for the locale chunks (met). */
const LOCALE_CHUNK = '6 kB';
/*
 * Issue 10's budgets are 20 kB for a page showing one widget and 10 kB for the lazy validation. Neither
 * holds yet (docs/size-and-speed.md says what a page spends its bytes on), so these rows carry
 * ceilings just above today's sizes: they stop growth, and the table of docs/size-and-speed.md shows them beside the targets.
 */
// 23.5 kB until issue 11 (the glossary and the footnote templates in the main file, the corrected content, the
// section H and I sources); 27 kB until issue 15 (the fine print with "Sources (N)" and its compact layout, the
// actions slot, opening for print and the page-following colour scheme, all shared, so in the main file); 30 kB
// until issue 21 (the corrected content: its caveats, natural frequencies and exact numbers; and in every footer
// the next-review date, the due-for-review and provenance lines and the clinic’s own review; six content reviews);
// 30.5 kB until issue 24 (the reader events every widget fires for the clinic's own analytics, in the main file);
// 31 kB since issue 22 (taking over a pre-rendered widget: open disclosures and focus carried over, the takeover
// after the first paint; the comparison's column widths in CSS rules, so pre-rendered tables have them); 32 kB until
// issue 23's content review; 33 kB since (the comparison's rows="questions": the regrouped model, the question cards
// and the one-page print; the safety facts' icon arrays and the facts they share with the visit preparation; the
// visit summary's own facts live in its folder, so the safety facts' page does not load them); 33.5 kB since content
// review 21 (the blood-pressure arrays' stated-harm note and the long-term line the summary shares): 33.1 kB.
const PAGE = '33.5 kB';
// 11.5 kB since issue 21: the clinic's review (the `clinic-review` attribute) is checked in the lazy chunk.
const VALIDATION = '11.5 kB';
/** Ceilings just above today's sizes, to stop growth (no project budget for these). */
// Main file: 18 kB until issue 14 (the hand-over from a CDN's short address, the content version and the
// translation-review line in every footer); 19.5 kB until issue 21 (the footer's next-review, due-for-review,
// provenance and clinic-review lines). The widget chunks, the npm entries and the whole page grew with issue 21's
// content (four content reviews' caveats) and the server-safe controllers. 20 kB until issue 24 (the reader
// events: about 0.5 kB for one controller shared by every widget); 20.5 kB since issue 22 (the pre-rendered
// takeover, above, and clinic JSON rendered on the server through the same controllers).
const MAIN_FILE = '20.5 kB';
// 9.5 kB since issue 23 (the comparison's rows="questions", as the page above).
const WIDGET_CHUNK = '9.5 kB';
// 65 kB since issue 22 (as the main file, and the comparison's column rules); 77 kB since issue 23 (the comparison's
// questions, the icon arrays, and a seventh widget, the visit preparation, 5.4 kB; its QR encoder is a lazy chunk,
// not counted here); 77.5 kB since content reviews 13 to 18 (the visit summary's sixteen facts, the safety facts'
// first view and the comparison's answers: 77.2 kB).
const EVERY_WIDGET = '77.5 kB';
/** Issue 6's target is 6 kB without Lit; not met (docs/size-and-speed.md): a ceiling. 22.5 kB since issue 23. */
const NPM_ENTRY = '22.5 kB';

const row = (name, path, limit) => ({ name, path, limit, gzip: true });
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A widget's own modules: its `define` entry and its zod schema (`<x>.schema.ts`, one per widget). */
const schemaFile = (widget) => {
  const [file, ...more] = readdirSync(`src/elements/${widget}`).filter((f) => f.endsWith('.schema.ts'));
  if (!file || more.length) throw new Error(`src/elements/${widget}/ needs exactly one *.schema.ts`);
  return file.replace(/\.ts$/, '');
};
const DEFINE = (widget) => new RegExp(`elements/${escape(widget)}/define\\.[jt]s$`);
const SCHEMA = (widget) => new RegExp(`elements/${escape(widget)}/${escape(schemaFile(widget))}\\.[jt]s$`);
/** validate.ts, or the CDN's chunk that holds it with zod (the `validate` group of vite.config.ts). */
const VALIDATE = /(^|\/)validate(\.[jt]s)?$/;

// The CDN build: the main file, one chunk per widget, and what they import.
const cdn = viteGraph('dist/cdn');
const main = fileFor(cdn, /^src\/cdn\.ts$/);
const pageOf = (widget) => staticClosure(cdn, [main, fileFor(cdn, DEFINE(widget))]);

/** The lazy validation chunks (validate + zod + the widget's schema) an app or page adds once clinic JSON appears. */
const validation = (graph, loaded, widget) =>
  paths(graph, added(graph, [fileFor(graph, VALIDATE), fileFor(graph, SCHEMA(widget))], loaded));

export default [
  row('CDN main file: Lit, localization, base element, loader (ketamine-widgets.js)', paths(cdn, [main]), MAIN_FILE),
  ...ELEMENTS.map((widget) => row(`CDN: a page showing only ${widget}, English`, paths(cdn, pageOf(widget)), PAGE)),
  ...ELEMENTS.map((widget) =>
    row(
      `CDN: each further ${widget} adds only its own chunk`,
      paths(cdn, [fileFor(cdn, DEFINE(widget))]),
      WIDGET_CHUNK,
    ),
  ),
  row(
    'CDN: a page showing every widget, English',
    paths(cdn, staticClosure(cdn, [main, ...ELEMENTS.map((widget) => fileFor(cdn, DEFINE(widget)))])),
    EVERY_WIDGET,
  ),
  ...targetLocales.flatMap((locale) =>
    Object.entries(TEXTS).map(([group, texts]) =>
      row(
        `${LANGUAGE[locale] ?? locale}: ${texts}`,
        paths(cdn, [fileFor(cdn, new RegExp(`generated/messages/${escape(locale)}-${escape(group)}\\.ts$`))]),
        LOCALE_CHUNK,
      ),
    ),
  ),
  ...ELEMENTS.map((widget) =>
    row(`CDN: validation of clinic JSON for ${widget} (lazy)`, validation(cdn, pageOf(widget), widget), VALIDATION),
  ),
  ...ELEMENTS.flatMap((widget) => {
    const vite = viteGraph(`dist/size/vite/${widget}`);
    const viteEntry = staticClosure(vite, ['entry.js']);
    const esbuild = esbuildGraph(`dist/size/esbuild/${widget}`);
    const esbuildEntry = staticClosure(esbuild, ['entry.js']);
    return [
      row(`npm entry ketamine-widgets/${widget}, without Lit (Vite)`, paths(vite, viteEntry), NPM_ENTRY),
      row(`npm ${widget}: validation of clinic JSON (lazy), Vite`, validation(vite, viteEntry, widget), VALIDATION),
      row(
        `npm ${widget}: validation of clinic JSON (lazy), esbuild`,
        validation(esbuild, esbuildEntry, widget),
        VALIDATION,
      ),
    ];
  }),
];
