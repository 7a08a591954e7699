// Proves the translation build does what it claims (part of `npm run localize:check`, after
// `npm run localize:build`); exits non-zero on the first failed section, printing what it checked:
//   1. both builds (the plugin lists of vite.config.ts, through Vite) strip translator notes in
//      single, double and backtick quotes, ship short ids (not the long ones) and import no
//      library internals;
//   2. each group module of each locale holds exactly the ids of the msg() calls in its folder
//      (shared: all others), and together exactly the ids of locales/<locale>.xlf;
//   3. the split refuses what it cannot handle: a msg() without id, an id in two groups, a
//      locale module of another shape, an entry without a msg() call;
//   4. nothing in src/ or scripts/ deep-imports a library's internals.
// Every assertion also runs on a broken input (a control) and must fail there.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { build, loadConfigFromFile } from 'vite';
import { DOMParser } from '@xmldom/xmldom';
import { ELEMENTS } from './lib/widgets.js';
import {
  GROUP_MODULES_DIR,
  MessageError,
  SHARED,
  findMessages,
  groupEntries,
  messageGroups,
  messageGroupsOf,
  parseLocaleModule,
  parseTs,
  sourceFiles,
} from './lib/messages.js';

const CONFIG = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const GROUPS = [SHARED, ...ELEMENTS];
let failed = false;

/** Runs `problems(input)` on the real input (must be empty) and on a broken one (must not be). */
function assert(what, problems, real, broken) {
  const found = problems(real);
  const control = problems(broken);
  if (found.length) {
    failed = true;
    console.error(`  FAIL ${what}:\n    ${found.join('\n    ')}`);
  } else if (!control.length) {
    failed = true;
    console.error(`  FAIL ${what}: the check did not fail on a broken input, so it proves nothing`);
  } else {
    console.log(`  ok   ${what}`);
  }
}

function section(title) {
  if (failed) {
    console.error('check-messages: failed.');
    process.exit(1);
  }
  console.log(title);
}

/** A bare specifier into @lit/localize's files, or into any package's internal/ folder. */
const isDeep = (specifier) =>
  !/^[./]/.test(specifier) &&
  (specifier.startsWith('@lit/localize/') || /^(@[^/]+\/)?[^/]+\/(.*\/)?internal\//.test(specifier));
function deepImports(files) {
  return files.flatMap(({ path, text }) => {
    const found = [];
    const visit = (node) => {
      const specifier =
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier
          ? node.moduleSpecifier
          : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
            ? node.arguments[0]
            : undefined;
      if (specifier && ts.isStringLiteralLike(specifier) && isDeep(specifier.text))
        found.push(`${path}: ${specifier.text}`);
      ts.forEachChild(node, visit);
    };
    visit(parseTs(path, text));
    return found;
  });
}

// 1. Translator notes and ids, through each build's real plugin list -------------------------------

const someIds = parseLocaleModule(
  readFileSync(join(CONFIG.output.outputDir, `${CONFIG.targetLocales[0]}.ts`), 'utf8'),
  'locale module',
)
  .entries.slice(0, 3)
  .map((e) => e.id);
/** A real group module goes through the build too: its ids must be shortened, its imports stay public. */
const GROUP_MODULE = `${CONFIG.targetLocales[0]}-${SHARED}.ts`;
const groupText = readFileSync(join(GROUP_MODULES_DIR, GROUP_MODULE), 'utf8');
const longIds = [...someIds, ...parseLocaleModule(groupText, GROUP_MODULE).entries.map((e) => e.id)];
const NOTES = ['NOTE-single', 'NOTE-double', 'NOTE-backtick'];
const FIXTURE = `import { msg, str } from '@lit/localize';
export const a = msg('TEXT-alpha', { id: '${someIds[0]}', desc: 'NOTE-single \\'quoted\\'' });
export const b = msg('TEXT-beta', { desc: "NOTE-double \\"quoted\\"", id: "${someIds[1]}" });
export const c = (n: number) =>
  msg(str\`TEXT-gamma \${n}\`, {
    id: \`${someIds[2]}\`,
    // a comment between options
    desc: \`NOTE-backtick \\\`quoted\\\`\`,
  });
export { templates } from './generated/messages/${GROUP_MODULE.replace(/ts$/, 'js')}';
`;

/** The fixture bundled by Vite with `plugins`, as the output text. */
async function bundle(dir, plugins) {
  const output = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins,
    build: {
      write: false,
      minify: false,
      lib: { entry: join(dir, 'src/fixture.ts'), formats: ['es'], fileName: 'fixture' },
      rolldownOptions: { external: [/^@lit\//] },
    },
  });
  return [output]
    .flat()[0]
    .output.map((chunk) => chunk.code ?? '')
    .join('\n');
}

const noteProblems = (code) => [
  ...NOTES.filter((note) => code.includes(note)).map((note) => `translator note ${note} shipped`),
  ...longIds.filter((id) => code.includes(id)).map((id) => `long id ${id} shipped`),
  ...deepImports([{ path: 'built output', text: code }]),
  ...['TEXT-alpha', 'TEXT-beta', 'TEXT-gamma'].filter((t) => !code.includes(t)).map((t) => `message ${t} lost`),
];

section('Translator notes and message ids in the built output (vite.config.ts plugin lists):');
const fixtureDir = mkdtempSync(join(tmpdir(), 'ketamine-notes-'));
try {
  mkdirSync(join(fixtureDir, GROUP_MODULES_DIR), { recursive: true });
  writeFileSync(join(fixtureDir, 'src/fixture.ts'), FIXTURE);
  writeFileSync(join(fixtureDir, GROUP_MODULES_DIR, GROUP_MODULE), groupText);
  // The fixture itself must hold all three quote styles, or stripping it proves little.
  const quotes = findMessages(parseTs('fixture.ts', FIXTURE)).map((m) => FIXTURE[m.desc.initializer.getStart()]);
  if (quotes.join('') !== '\'"`') throw new Error(`check-messages: the fixture's notes are quoted ${quotes.join('')}`);
  for (const [name, mode] of [
    ['CDN build', 'production'],
    ['npm build', 'lib'],
  ]) {
    const { config } = await loadConfigFromFile({ command: 'build', mode }, 'vite.config.ts', undefined, 'silent');
    const plugins = config.plugins.flat();
    const withoutOurs = plugins.filter((p) => !/^ketamine:/.test(p?.name ?? ''));
    assert(
      `${name}: notes in ' " and \` quotes stripped, ids shortened (msg() and ${GROUP_MODULE}), texts kept, public imports`,
      noteProblems,
      await bundle(fixtureDir, plugins),
      await bundle(fixtureDir, withoutOurs),
    );
  }
} finally {
  rmSync(fixtureDir, { recursive: true, force: true });
}

// 2. Each group module holds exactly its folder's ids --------------------------------------------

section(`Group modules (${GROUP_MODULES_DIR}/<locale>-<group>.ts) against the sources and locales/*.xlf:`);
const groups = messageGroups(sourceFiles('src'), ELEMENTS);
const expected = new Map(
  GROUPS.map((g) => [
    g,
    [...groups]
      .filter(([, v]) => v.group === g)
      .map(([id]) => id)
      .sort(),
  ]),
);

function groupProblems({ locale, modules, xliffIds }) {
  const problems = [];
  for (const group of GROUPS) {
    const ids = modules.get(group);
    const want = expected.get(group);
    const extra = ids.filter((id) => !want.includes(id));
    const missing = want.filter((id) => !ids.includes(id));
    if (extra.length)
      problems.push(`${locale}-${group}: ids whose msg() call is not in its folder: ${extra.join(', ')}`);
    if (missing.length) problems.push(`${locale}-${group}: ids of its folder missing: ${missing.join(', ')}`);
  }
  const all = [...modules.values()].flat().sort();
  const twice = all.filter((id, i) => all[i - 1] === id);
  if (twice.length) problems.push(`${locale}: ids in two group modules: ${twice.join(', ')}`);
  const union = new Set(all);
  const lost = xliffIds.filter((id) => !union.has(id));
  const unknown = [...union].filter((id) => !xliffIds.includes(id));
  if (lost.length) problems.push(`${locale}: ids of locales/${locale}.xlf in no group module: ${lost.join(', ')}`);
  if (unknown.length)
    problems.push(`${locale}: ids in group modules but not in locales/${locale}.xlf: ${unknown.join(', ')}`);
  return problems;
}

for (const locale of CONFIG.targetLocales) {
  const modules = new Map(
    GROUPS.map((group) => {
      const path = join(GROUP_MODULES_DIR, `${locale}-${group}.ts`);
      return [
        group,
        parseLocaleModule(readFileSync(path, 'utf8'), path)
          .entries.map((e) => e.id)
          .sort(),
      ];
    }),
  );
  const xliff = new DOMParser().parseFromString(readFileSync(join('locales', `${locale}.xlf`), 'utf8'), 'text/xml');
  const xliffIds = Array.from(xliff.getElementsByTagName('trans-unit')).map((u) => u.getAttribute('id'));
  // Control: one widget's first id moved to the shared module.
  const broken = new Map(modules);
  const moved = broken.get(ELEMENTS[0])[0];
  broken.set(ELEMENTS[0], modules.get(ELEMENTS[0]).slice(1));
  broken.set(SHARED, [...modules.get(SHARED), moved]);
  const counts = GROUPS.map((g) => `${g} ${modules.get(g).length}`).join(', ');
  assert(
    `${locale}: ${counts}; ${xliffIds.length} in the XLIFF`,
    groupProblems,
    { locale, modules, xliffIds },
    {
      locale,
      modules: broken,
      xliffIds,
    },
  );
}

// 3. What the split must refuse -------------------------------------------------------------------

section('The split stops, naming the file and id, on what it cannot handle:');
const IMPORT = "import { msg } from '@lit/localize';\n";
const GOOD_MODULE =
  "import {str} from '@lit/localize';\nexport const templates = {\n'a.b': `x`,\n'a.c': str`y ${0}`,\n};\n";
/** Problems when `run` does not throw a MessageError whose message names every one of `names`. */
const mustRefuse = (names) => (run) => {
  try {
    run();
    return ['accepted'];
  } catch (error) {
    if (!(error instanceof MessageError)) return [`threw ${error}`];
    const unnamed = names.filter((n) => !error.message.includes(n));
    return unnamed.length ? [`the error does not name ${unnamed.join(', ')}: ${error.message}`] : [];
  }
};
const parsesFine = () => parseLocaleModule(GOOD_MODULE, 'good.ts');
const groupsOf = (sources) => () => messageGroupsOf(sources, ELEMENTS);
const el = `src/elements/${ELEMENTS[0]}/texts.ts`;

assert(
  'a msg() call without an id',
  mustRefuse(['src/internal/no-id.ts:2']),
  groupsOf([{ path: 'src/internal/no-id.ts', text: `${IMPORT}msg('Hello', { desc: 'a note' });\n` }]),
  groupsOf([{ path: 'src/internal/no-id.ts', text: `${IMPORT}msg('Hello', { id: 'x.hello' });\n` }]),
);
assert(
  'a msg() id that is not a literal',
  mustRefuse(['src/internal/dynamic.ts:2']),
  groupsOf([{ path: 'src/internal/dynamic.ts', text: `${IMPORT}msg('Hello', { id: 'x.' + name });\n` }]),
  groupsOf([{ path: 'src/internal/dynamic.ts', text: `${IMPORT}msg('Hello', { id: 'x.name' });\n` }]),
);
assert(
  'one id in two groups',
  mustRefuse(['x.same', SHARED, ELEMENTS[0], el]),
  groupsOf([
    { path: 'src/internal/a.ts', text: `${IMPORT}msg('A', { id: 'x.same' });\n` },
    { path: el, text: `${IMPORT}msg('A', { id: "x.same" });\n` },
  ]),
  groupsOf([
    { path: 'src/internal/a.ts', text: `${IMPORT}msg('A', { id: 'x.same' });\n` },
    { path: 'src/internal/b.ts', text: `${IMPORT}msg('A', { id: "x.same" });\n` },
  ]),
);
assert(
  'msg() calls in a folder of src/elements/ that is not a widget',
  mustRefuse(['src/elements/not-a-widget']),
  groupsOf([{ path: 'src/elements/not-a-widget/a.ts', text: `${IMPORT}msg('A', { id: 'x.a' });\n` }]),
  groupsOf([{ path: el, text: `${IMPORT}msg('A', { id: 'x.a' });\n` }]),
);
for (const [what, text] of [
  ['another statement', `${GOOD_MODULE}export const more = 1;\n`],
  ['templates not const', GOOD_MODULE.replace('export const', 'export let')],
  ['a computed key', GOOD_MODULE.replace("'a.b'", "['a' + '.b']")],
  ['a value that is not a template', GOOD_MODULE.replace('`x`', '(() => `x`)()')],
  ['a tag that is not imported', GOOD_MODULE.replace('str`y', 'html`y')],
  ['an id twice', GOOD_MODULE.replace("'a.c'", "'a.b'")],
  ['no templates', "import {str} from '@lit/localize';\nexport default {};\n"],
  ['a deep import', GOOD_MODULE.replace("'@lit/localize'", "'@lit/localize/internal/str-tag.js'")],
]) {
  assert(`a locale module with ${what}`, mustRefuse(['odd.ts']), () => parseLocaleModule(text, 'odd.ts'), parsesFine);
}
const known = new Map([
  ['a.b', { group: SHARED, at: 'x' }],
  ['a.c', { group: SHARED, at: 'x' }],
]);
assert(
  'a locale module entry without a msg() call, or a msg() call without an entry',
  (run) => [...mustRefuse(['good.ts', 'a.c'])(run[0]), ...mustRefuse(['good.ts', 'a.d'])(run[1])],
  [
    () => groupEntries(parsesFine(), new Map([...known].slice(0, 1)), GROUPS),
    () => groupEntries(parsesFine(), new Map([...known, ['a.d', { group: SHARED, at: 'x' }]]), GROUPS),
  ],
  [() => groupEntries(parsesFine(), known, GROUPS), () => groupEntries(parsesFine(), known, GROUPS)],
);

// 4. No deep imports of library internals -------------------------------------------------------

section("No deep import of a library's internals in src/ or scripts/:");
const codeFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => /\.(ts|js|mjs)$/.test(f))
    .map((f) => join(dir, f));
const ours = [...codeFiles('src'), ...codeFiles('scripts'), 'vite.config.ts'].map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));
assert(`${ours.length} files (generated locale modules included)`, deepImports, ours, [
  ...ours,
  { path: 'control.ts', text: "import { str } from '@lit/localize/internal/str-tag.js';\n" },
]);

if (failed) {
  console.error('check-messages: failed.');
  process.exit(1);
}
console.log('check-messages: passed.');
