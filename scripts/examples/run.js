/*
 * `npm run test:examples` (after `npm run build`): the React and Vue example apps (examples/) against the
 * packed library, as a user would build them. `npm pack` into a temporary folder; per example: copy it
 * there, `npm install` its dependencies and the tarball, run its type check, `vite build`, and check the
 * built page in Chromium (check-page.js); then remove its `@ts-expect-error` / `@vue-expect-error` line and
 * expect the type check to fail on the misspelled theme. Prints `N passed, N failed` last; the temporary
 * folder, the servers and the browser go also on failure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPage, launchBrowser } from './check-page.js';

/** Each example: its folder, its type check, and the comment that expects the misspelled theme to fail. */
const EXAMPLES = [
  { name: 'react', typecheck: ['tsc', '-p', 'tsconfig.json'], file: 'src/App.tsx', expectError: '@ts-expect-error' },
  { name: 'vue', typecheck: ['vue-tsc', '-p', 'tsconfig.json'], file: 'src/App.vue', expectError: '@vue-expect-error' },
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
 * The environment of a user's shell: without the `npm_*` variables of `npm run`, which would point the
 * examples' npm at this project (`npm_config_local_prefix`) instead of the example's own folder.
 */
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));

/** Runs a command to the end; its output, or an error naming the command and holding its output. */
function run(command, args, cwd, { mayFail = false } = {}) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) could not run: ${result.error.message}`);
  if (result.status !== 0 && !mayFail) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${result.status}:\n${output}`);
  }
  return { status: result.status, output };
}

for (const built of ['dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/cdn/ketamine-widgets.js']) {
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
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], '.').output);
  const tarball = join(work, filename);
  browser = await launchBrowser();

  for (const example of EXAMPLES) {
    const app = join(work, example.name);
    const bin = (tool) => join(app, 'node_modules', '.bin', tool);
    let installed = false;
    let builtPage = false;

    await check(`${example.name}: npm install with the packed ${filename}`, () => {
      cpSync(join('examples', example.name), app, {
        recursive: true,
        filter: (path) => !/[/\\](node_modules|dist)$/.test(path),
      });
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);
      installed = true;
    });
    if (!installed) continue;

    await check(`${example.name}: ${example.typecheck[0]} passes`, () => {
      const [tool, ...args] = example.typecheck;
      run(bin(tool), args, app);
    });

    await check(`${example.name}: vite build`, () => {
      run(bin('vite'), ['build'], app);
      builtPage = true;
    });

    if (builtPage) {
      await check(`${example.name}: the page renders its widgets in Chromium`, () =>
        checkPage(browser, join(app, 'dist')),
      );
    }

    await check(`${example.name}: ${example.typecheck[0]} rejects ${MISSPELLED} without ${example.expectError}`, () => {
      const file = join(app, example.file);
      const lines = readFileSync(file, 'utf8').split('\n');
      const at = lines.findIndex((line) => line.includes(example.expectError));
      if (at < 0 || !lines[at + 1]?.includes(MISSPELLED)) {
        throw new Error(`${example.file} has no ${example.expectError} line just above ${MISSPELLED}`);
      }
      writeFileSync(file, lines.toSpliced(at, 1).join('\n'));
      const [tool, ...args] = example.typecheck;
      const { status, output } = run(bin(tool), args, app, { mayFail: true });
      if (status === 0) throw new Error(`${tool} accepted ${MISSPELLED}: the generated types no longer check theme`);
      if (!output.includes(`'"darkest"' is not assignable`)) {
        throw new Error(`${tool} failed, but not on ${MISSPELLED}:\n${output}`);
      }
    });
  }
} catch (error) {
  failed += 1;
  console.log(`not ok - test:examples could not run\n  ${String(error?.stack ?? error).replaceAll('\n', '\n  ')}`);
} finally {
  await cleanUp();
}

console.log(`test:examples took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
