// `npm run exports:check`: package.json `exports` must offer every widget of the registry
// (src/widgets.ts) as `./<name>` (registers it) and `./<name>/class` (the class alone), and no
// widget that is not in it; `sideEffects` must keep every define module and no class module; the
// `jsdelivr`, `unpkg` and `browser` fields must name the CDN bundle (the `./cdn` export). Entries of
// committed files (types/, custom-elements.json) and `web-types` must name files that exist.
// Prints what it checked; exits 1 on drift. `--write` rewrites the widget entries in place.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ELEMENTS } from './lib/widgets.js';

const file = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(file, 'utf8'));
const write = process.argv.includes('--write');

/** The two entries a widget gets, as the npm build (vite --mode lib + tsc) lays them out. */
const entriesOf = (name) => ({
  [`./${name}`]: {
    types: `./dist/lib/elements/${name}/define.d.ts`,
    default: `./dist/lib/elements/${name}/define.js`,
  },
  [`./${name}/class`]: {
    types: `./dist/lib/elements/${name}/${name}.d.ts`,
    default: `./dist/lib/elements/${name}/${name}.js`,
  },
});
const expected = Object.assign({}, ...ELEMENTS.map(entriesOf));
/** An entry that points into dist/lib/elements/ is a widget entry. */
const isWidgetEntry = (value) => JSON.stringify(value).includes('/dist/lib/elements/');

const problems = [];
const exports = pkg.exports ?? {};
for (const [key, value] of Object.entries(expected)) {
  if (!(key in exports)) problems.push(`exports: "${key}" is missing`);
  else if (JSON.stringify(exports[key]) !== JSON.stringify(value)) {
    problems.push(`exports: "${key}" is ${JSON.stringify(exports[key])}, expected ${JSON.stringify(value)}`);
  }
}
for (const [key, value] of Object.entries(exports)) {
  if (isWidgetEntry(value) && !(key in expected)) problems.push(`exports: "${key}" names no widget of src/widgets.ts`);
}

/** The files an exports entry names, under any condition. */
const targetsOf = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targetsOf));
const committed = Object.entries(exports).flatMap(([key, value]) =>
  targetsOf(value)
    .filter((target) => !target.startsWith('./dist/'))
    .map((target) => [`exports: "${key}"`, target]),
);
if (pkg['web-types']) committed.push(['web-types', pkg['web-types']]);
for (const [what, target] of committed) {
  if (!existsSync(new URL(`../${target}`, import.meta.url)))
    problems.push(`${what} names ${target}, which does not exist`);
}

// sideEffects globs, as bundlers read them (only * and ** here).
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/^\.\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*/g, '\0')
      .replace(/\*/g, '[^/]*')
      .replace(/\0/g, '.*')}$`,
  );
const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects.map(globToRegExp) : [];
const hasSideEffects = (path) => pkg.sideEffects === true || sideEffects.some((re) => re.test(path));
for (const name of ELEMENTS) {
  for (const path of [`src/elements/${name}/define.ts`, `dist/lib/elements/${name}/define.js`]) {
    if (!hasSideEffects(path)) problems.push(`sideEffects: ${path} registers <ketamine-${name}> but is not listed`);
  }
  if (hasSideEffects(`dist/lib/elements/${name}/${name}.js`)) {
    problems.push(
      `sideEffects: dist/lib/elements/${name}/${name}.js (the class alone) is listed; bundlers could not drop it`,
    );
  }
}

// The CDN's short addresses (`…/npm/ketamine-widgets@0.1`) serve the file these fields name: the CDN bundle,
// where src/cdn.ts hands over from the short address. An app's bundler reads `exports` first.
const cdnFile = exports['./cdn'];
for (const field of ['jsdelivr', 'unpkg', 'browser']) {
  if (pkg[field] !== cdnFile)
    problems.push(`${field}: ${JSON.stringify(pkg[field])}, expected "${cdnFile}" (exports "./cdn")`);
}

if (write && problems.length) {
  // Widget entries in registry order, where the first one stood; the other entries keep their places.
  const keys = Object.keys(exports);
  const at = keys.findIndex((k) => isWidgetEntry(exports[k]) || k in expected);
  const others = keys.filter((k) => !isWidgetEntry(exports[k]) && !(k in expected));
  const before = at < 0 ? others : others.filter((k) => keys.indexOf(k) < at);
  const after = at < 0 ? [] : others.filter((k) => keys.indexOf(k) > at);
  pkg.exports = Object.fromEntries([
    ...before.map((k) => [k, exports[k]]),
    ...Object.entries(expected),
    ...after.map((k) => [k, exports[k]]),
  ]);
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`exports: rewrote the widget entries of package.json for ${ELEMENTS.length} widgets`);
  const unfixable = problems.filter((p) => !p.startsWith('exports:'));
  for (const p of unfixable) console.error(`  ${p}`);
  process.exit(unfixable.length ? 1 : 0);
}

console.log(
  `exports: checked ${Object.keys(expected).length} widget entries (${ELEMENTS.map((n) => `./${n}, ./${n}/class`).join('; ')}) ` +
    `and sideEffects for ${ELEMENTS.length} widgets against src/widgets.ts, the jsdelivr, unpkg and browser fields, ` +
    `and that the ${committed.length} committed files that exports and web-types name exist`,
);
if (problems.length) {
  console.error(`package.json is out of step with the widget registry:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  console.error('Run `node scripts/check-exports.js --write` to rewrite the widget entries.');
  process.exit(1);
}
console.log('exports: in step with the registry');
