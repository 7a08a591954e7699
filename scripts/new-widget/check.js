// `npm run new-widget:check` (in .ci/run): the scaffold must keep up with the code it copies. In a temporary
// copy of this checkout (its tracked files, with node_modules linked), it scaffolds `ketamine-test-probe`,
// then runs lint on its files, the type check, the build, the server renderer on it and the new widget's own
// browser tests (Chromium).
// Nothing in this checkout changes.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NAME = 'test-probe';
const root = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'ketamine-new-widget-'));
const step = (title, command, args, env = {}) => {
  console.log(`new-widget:check: ${title}`);
  execFileSync(command, args, { cwd: copy, stdio: 'inherit', env: { ...process.env, ...env } });
};

try {
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) cpSync(join(root, file), join(copy, file), { force: true });
  symlinkSync(resolve(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  step(`npm run new-widget ${NAME}`, 'npm', ['run', '-s', 'new-widget', NAME]);
  step('lint its files', 'npx', [
    '--no-install',
    'eslint',
    `src/elements/${NAME}`,
    `test/${NAME}`,
    `stories/${NAME}.stories.ts`,
  ]);
  step('type check', 'npm', ['run', '-s', 'typecheck']);
  step('build', 'npm', ['run', '-s', 'build']);
  // Its first view is in the page's HTML too: the built server renderer pre-renders it (issue 22).
  step('pre-render it', process.execPath, [
    '--input-type=module',
    '-e',
    `const { renderWidget } = await import('./dist/lib/server.js');
     const html = await renderWidget('ketamine-${NAME}', {}, { locale: 'en' });
     if (!/<template[^>]* shadowrootmode="open"/.test(html) || !html.includes('part="base"')) {
       console.error('not pre-rendered:', html.slice(0, 400));
       process.exit(1);
     }`,
  ]);
  step(
    'its tests, in Chromium',
    'npx',
    ['--no-install', 'web-test-runner', `test/${NAME}/${NAME}.test.ts`, '--group', 'default'],
    {
      KETAMINE_BROWSERS: 'chromium',
    },
  );
  console.log(`new-widget:check: <ketamine-${NAME}> scaffolded, linted, type-checked, built, pre-rendered and tested`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}
