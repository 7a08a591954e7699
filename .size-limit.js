// The size budgets `npm run size` checks with size-limit (min + gzip), one row per file a page or an
// app can load. The locale chunks and the validation chunk hold the project's budgets; the bundle and
// the npm entries are ceilings just above today's sizes (see README, "Size and speed").
import { readFileSync } from 'node:fs';
import { ELEMENTS } from './scripts/lib/widgets.js';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const LANGUAGE = { es: 'Spanish', fr: 'French', de: 'German', 'pt-BR': 'Brazilian Portuguese', ar: 'Arabic', 'en-XA': 'Pseudo-locale (QA)' };
const TEXTS = { shared: 'texts every widget shares', ...Object.fromEntries(ELEMENTS.map((e) => [e, `${e.replace('-', ' ')} texts`])) };

const file = (name, path, limit) => ({ name, path, limit, gzip: true });

export default [
  file('CDN bundle: every widget, English (ketamine-widgets.js)', 'dist/cdn/ketamine-widgets.js', '31 kB'),
  ...targetLocales.flatMap((locale) =>
    Object.entries(TEXTS).map(([group, texts]) =>
      file(`${LANGUAGE[locale] ?? locale}: ${texts}`, `dist/cdn/chunks/${locale}-${group}-*.js`, '6 kB'),
    ),
  ),
  file('Validation with zod (only when clinic JSON is on the page)', 'dist/cdn/chunks/validate-*.js', '28 kB'),
  ...ELEMENTS.map((element) =>
    file(`npm entry ketamine-widgets/${element}, without Lit`, `dist/size/${element}/entry.js`, element === 'therapy-comparison' ? '13.5 kB' : '12.5 kB'),
  ),
];
