// `node scripts/size-breakdown.js`: what each part of the CDN script of a page showing one widget weighs
// (min + gzip), to see what a page budget is spent on. Each part's figure is what the page would save
// without it (gzip of everything, minus gzip of everything but that part), so the parts add up to about
// the whole. Not part of CI.
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { build } from 'vite';
import { ELEMENTS } from './lib/widgets.js';

const PARTS = [
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['lit-localize runtime', /node_modules\/@lit\/localize\//],
  ['styles (css``)', /\.styles\.ts$/],
  ['localization code', /\/src\/(localization|generated)\//],
  [
    'built-in content (studies, steps, therapies, citations, sources)',
    /\/src\/(content\/|elements\/[^/]+\/(studies|timeline-steps|therapies|therapy-ids)\.ts$)/,
  ],
  [
    'shared base (element, error panel, footer, loader, registry)',
    /\/src\/(internal|cdn\.ts|widgets\.ts|global-api\.ts|version\.ts|schema\/)/,
  ],
  ['widget code', /\/src\/elements\//],
];
// The English defaults of msg(): `msg('…'` and `msg(str`…``. An estimate across all parts.
const ENGLISH = /msg\(\s*(?:str)?(`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/g;

const partOf = (id) => PARTS.find(([, test]) => test.test(id))?.[0] ?? 'other';
const weigh = async (code) =>
  gzipSync((await transform(code, { minify: true, format: 'esm' })).code, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

const result = await build({ logLevel: 'silent', build: { write: false } });
const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((c) => c.type === 'chunk');
const byFile = new Map(chunks.map((c) => [c.fileName, c]));
const main = chunks.find((c) => c.isEntry);

for (const widget of ELEMENTS) {
  const own = chunks.find((c) => c.facadeModuleId?.endsWith(`/elements/${widget}/define.ts`));
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    byFile.get(file).imports.forEach(visit);
  };
  [main.fileName, own.fileName].forEach(visit);
  const modules = [...files].flatMap((file) => Object.entries(byFile.get(file).modules)).filter(([, m]) => m.code);
  const all = await weigh(modules.map(([, m]) => m.code).join('\n'));
  console.log(`\nA page showing only ${widget}: ${[...files].join(' + ')}`);
  console.log(`  all its modules, minified together: ${kB(all)}`);
  for (const part of [...PARTS.map(([name]) => name), 'other']) {
    const rest = modules.filter(([id]) => partOf(id) !== part);
    if (rest.length === modules.length) continue;
    console.log(`  ${part}: ${kB(all - (await weigh(rest.map(([, m]) => m.code).join('\n'))))}`);
  }
  const withoutEnglish = modules.map(([, m]) => m.code.replace(ENGLISH, 'msg(""')).join('\n');
  console.log(
    `  of which English texts (msg() defaults, in the parts above): ${kB(all - (await weigh(withoutEnglish)))}`,
  );
}
