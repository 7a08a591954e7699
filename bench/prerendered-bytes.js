// Prints, as JSON, the bytes of each widget pre-rendered (the registry's example attributes) in each locale:
// `{ "<tag>": { "<locale>": { raw, gzip } } }`. Run by bench/prerender.js after `npm run build`.
import { gzipSync } from 'node:zlib';
import { SUPPORTED_LOCALES, WIDGET_TAGS, renderWidget } from '../dist/lib/server.js';
import { WIDGETS, tagOf } from '../scripts/lib/widgets.js';

const bytes = {};
for (const tag of WIDGET_TAGS) {
  const [, { example }] = Object.entries(WIDGETS).find(([name]) => tagOf(name) === tag);
  bytes[tag] = {};
  for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en-XA')) {
    const html = Buffer.from(await renderWidget(tag, example, { locale }));
    bytes[tag][locale] = { raw: html.length, gzip: gzipSync(html, { level: 9 }).length };
  }
}
process.stdout.write(JSON.stringify(bytes));
