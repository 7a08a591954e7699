/*
 * `npm run test:examples` (after `npm run build`): the React and Vue example apps and the Eleventy site
 * (examples/) against the packed library, as a user would build them. `npm pack` into a temporary folder; per
 * example, side by side: copy it there, `npm install` its dependencies and the tarball, run its type check
 * (the apps), build it, and check what it built: the apps' page in Chromium (check-page.js); the site's pages
 * read without a browser (check-prerendered.js), then taken over by the widgets' script in Chromium
 * (check-takeover.js). Then, for the apps, remove the `@ts-expect-error` / `@vue-expect-error` line and
 * expect the type check to fail on the misspelled theme. Prints `N passed, N failed` last; the temporary
 * folder, the servers and the browser go also on failure.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkPage, launchBrowser } from './check-page.js';
import { checkPrerendered } from './check-prerendered.js';
import { checkTakeover } from './check-takeover.js';

/** What a Vite app builds: one page, checked in Chromium. */
const APP_CHECKS = [
  ['the page renders its widgets in Chromium', (app, browser) => checkPage(browser, join(app, 'dist'))],
];
/**
 * Each example: its folder, its build, the checks of what it built, and for the apps their type check and the
 * comment that expects the misspelled theme to fail.
 */
const EXAMPLES = [
  {
    name: 'react',
    build: ['vite', 'build'],
    checks: APP_CHECKS,
    typecheck: ['tsc', '-p', 'tsconfig.json'],
    file: 'src/App.tsx',
    expectError: '@ts-expect-error',
  },
  {
    name: 'vue',
    build: ['vite', 'build'],
    checks: APP_CHECKS,
    typecheck: ['vue-tsc', '-p', 'tsconfig.json'],
    file: 'src/App.vue',
    expectError: '@vue-expect-error',
  },
  {
    name: 'eleventy',
    build: ['eleventy'],
    checks: [
      ["each page's HTML holds its widgets' pre-rendered text (parse5, no script)", (app) => checkPrerendered(app)],
      ['the script takes over the pre-rendered widgets in Chromium', (app, browser) => checkTakeover(browser, app)],
    ],
  },
];
/** The value the examples misspell on purpose, under their expect-error comment. */
const MISSPELLED = 'theme="darkest"';

const started = Date.now();
let passed = 0;
let failed = 0;
async function check(name, body) {
  const start = Date.now();
  try {
    await body();
    passed += 1;
    console.log(`ok - ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed += 1;
    console.log(`not ok - ${name}\n  ${String(error?.stack ?? error).replaceAll('\n', '\n  ')}`);
  }
}

/**
 * The environment without what `npm run` adds about this project (`npm_config_local_prefix`, which would
 * point the examples' npm at this folder, and `npm_package_*`, `npm_lifecycle_*`); the rest of the npm
 * configuration (registry, cache) stays.
 */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_(config_local_prefix$|package_|lifecycle_)/.test(name)),
);

/**
 * Runs a command to the end: its exit status, its stdout and all its output, or an error naming the command
 * and holding its output.
 */
function run(command, args, cwd, { mayFail = false } = {}) {
  const what = `${command} ${args.join(' ')} (in ${cwd})`;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new Error(`${what} could not run: ${error.message}`)));
    child.on('close', (status) => {
      if (status !== 0 && !mayFail) reject(new Error(`${what} exited with ${status}:\n${output.trim()}`));
      else resolve({ status, stdout, output: output.trim() });
    });
  });
}

/** One example: copied into `work`, installed with the tarball, type-checked, built and checked in `browser`. */
async function testExample(example, { work, tarball, browser }) {
  const app = join(work, example.name);
  const bin = (tool) => join(app, 'node_modules', '.bin', tool);
  const [builder, ...buildArgs] = example.build;
  let installed = false;
  let built = false;

  await check(`${example.name}: npm install with the packed ${basename(tarball)}`, async () => {
    cpSync(join('examples', example.name), app, {
      recursive: true,
      filter: (path) => !/[/\\](node_modules|dist)$/.test(path),
    });
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);
    installed = true;
  });
  if (!installed) return;

  if (example.typecheck) {
    const [tool, ...args] = example.typecheck;
    await check(`${example.name}: ${tool} passes`, () => run(bin(tool), args, app));
  }

  await check(`${example.name}: ${example.build.join(' ')}`, async () => {
    await run(bin(builder), buildArgs, app);
    built = true;
  });

  if (built) {
    for (const [name, body] of example.checks) await check(`${example.name}: ${name}`, () => body(app, browser));
  }

  if (example.expectError) await expectTypeError(example, app);
}

/** The example's type check fails on the misspelled theme once its expect-error comment is gone. */
async function expectTypeError(example, app) {
  const [tool, ...args] = example.typecheck;
  const checker = join(app, 'node_modules', '.bin', tool);
  await check(`${example.name}: ${tool} rejects ${MISSPELLED} without ${example.expectError}`, async () => {
    const file = join(app, example.file);
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.includes(example.expectError));
    if (at < 0 || !lines[at + 1]?.includes(MISSPELLED)) {
      throw new Error(`${example.file} has no ${example.expectError} line just above ${MISSPELLED}`);
    }
    writeFileSync(file, lines.toSpliced(at, 1).join('\n'));
    const { status, output } = await run(checker, args, app, { mayFail: true });
    if (status === 0) throw new Error(`${tool} accepted ${MISSPELLED}: the generated types no longer check theme`);
    if (!output.includes(`'"darkest"' is not assignable`)) {
      throw new Error(`${tool} failed, but not on ${MISSPELLED}:\n${output}`);
    }
  });
}

for (const built of ['dist/lib/index.js', 'dist/lib/index.d.ts']) {
  if (!existsSync(built)) {
    console.error(`test:examples: ${built} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'ketamine-examples-'));
let browser;
const cleanUp = async () => {
  await browser?.close().catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => cleanUp().finally(() => process.exit(1)));
}

try {
  // The tarball is the one file npm pack writes there (its stdout also carries the prepack check's output).
  await run('npm', ['pack', '--pack-destination', work], '.');
  const tarball = join(
    work,
    readdirSync(work).find((file) => file.endsWith('.tgz')),
  );
  browser = await launchBrowser();
  // Side by side: most of their time goes to npm and the type checkers waiting on the disk.
  await Promise.all(EXAMPLES.map((example) => testExample(example, { work, tarball, browser })));
} catch (error) {
  failed += 1;
  console.log(`not ok - test:examples could not run\n  ${String(error?.stack ?? error).replaceAll('\n', '\n  ')}`);
} finally {
  await cleanUp();
}

console.log(`test:examples took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
