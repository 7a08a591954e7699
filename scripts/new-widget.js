// `npm run new-widget <name>`: scaffolds a widget that builds, renders, validates clinic content and
// passes `npm test`, then registers it. It writes:
//   src/elements/<name>/    class (with the JSDoc header the manifest reads), styles, built-in content,
//                           schema, define
//   test/<name>/<name>.test.ts, stories/<name>.stories.ts and test/visual/<name>.test.ts (its screenshots)
// and adds the widget to src/widgets.ts (through the TypeScript compiler API, not text matching),
// then extracts its strings into locales/ (marked as a draft: see docs/development.md, "Adding a widget").
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { ELEMENTS } from './lib/widgets.js';
import * as templates from './new-widget/templates.js';

const REGISTRY = 'src/widgets.ts';

function fail(message) {
  console.error(`new-widget: ${message}`);
  process.exit(1);
}

/** The text of src/widgets.ts with `entry` added as the last property of `WIDGETS`. */
export function registerIn(source, name, entry) {
  const file = ts.createSourceFile(REGISTRY, source, ts.ScriptTarget.Latest, true);
  let literal;
  file.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'WIDGETS') {
      let init = node.initializer;
      while (init && (ts.isSatisfiesExpression(init) || ts.isAsExpression(init))) init = init.expression;
      if (init && ts.isObjectLiteralExpression(init)) literal = init;
    }
    node.forEachChild(visit);
  });
  if (!literal) throw new Error(`${REGISTRY}: no \`export const WIDGETS = { … }\` object found`);
  const names = literal.properties.map((p) => p.name?.getText(file).replace(/^['"]|['"]$/g, ''));
  if (names.includes(name)) throw new Error(`${REGISTRY}: ${name} is registered already`);
  const insertAt = literal.properties.end;
  const comma = literal.properties.hasTrailingComma || literal.properties.length === 0 ? '' : ',';
  return `${source.slice(0, insertAt)}${comma}\n  ${entry.trim()},${source.slice(insertAt)}`;
}

function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z]+(-[a-z]+)+$/.test(name)) {
    fail(
      'give the widget a name of two or more lowercase words joined by dashes, e.g. `npm run new-widget safety-facts`',
    );
  }
  if (ELEMENTS.includes(name) || existsSync(`src/elements/${name}`)) fail(`src/elements/${name} exists already`);

  const files = templates.files(name);
  for (const path of Object.keys(files)) if (existsSync(path)) fail(`${path} exists already`);
  // The registry first: if it cannot take the entry, nothing has been written.
  const registry = registerIn(readFileSync(REGISTRY, 'utf8'), name, templates.registryEntry(name));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    writeFileSync(path, text);
  }
  writeFileSync(REGISTRY, registry);

  // Derived files: its strings in locales/, its JSON Schema, its package exports, its manifest entry.
  execFileSync('npm', ['run', '-s', 'localize:extract'], { stdio: 'inherit' });
  execFileSync('npm', ['run', '-s', 'schemas'], { stdio: 'inherit' });
  execFileSync('node', ['scripts/check-exports.js', '--write'], { stdio: 'inherit' });
  execFileSync('npm', ['run', '-s', 'analyze'], { stdio: 'inherit' });
  execFileSync('npx', ['--no-install', 'prettier', '--log-level', 'warn', '--write', REGISTRY, ...Object.keys(files)], {
    stdio: 'inherit',
  });
  console.log(
    [
      `Created <ketamine-${name}>:`,
      ...Object.keys(files).map((path) => `  ${path}`),
      `  ${REGISTRY} (registered, as a draft)`,
      `  locales/*.xlf (its strings, extracted), schemas/${name}.schema.json, package.json exports, custom-elements.json`,
      'Next: write its content from the evidence file, translate its strings, drop `draft`, and add its section to docs/elements.md and its row to the table of widgets in README.md;',
      'then `npm run test:visual:update` for its screenshots (docs/visual-tests.md).',
    ].join('\n'),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
