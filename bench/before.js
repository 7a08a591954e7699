// The CDN bundle as it was before the widget registry and lazy loading (git revision 183c8aa),
// built inside the bench run so "before" and "after" are measured side by side on the same machine.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';

export const BEFORE_REVISION = '183c8aa';

/**
 * Extracts `revision` into `dir` (under the served tree), links this checkout's node_modules (the
 * dependencies did not change) and builds its CDN bundle. Returns the bundle's URL path.
 */
export function buildBefore(dir, revision = BEFORE_REVISION) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive --format=tar ${revision} | tar -x -C "${dir}"`], { stdio: 'inherit' });
  symlinkSync(resolve('node_modules'), resolve(dir, 'node_modules'), 'dir');
  const run = (command) => execFileSync('sh', ['-c', command], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  run('npm run localize:build');
  run('npx vite build');
  const bundle = `${dir}/dist/cdn/ketamine-widgets.js`;
  if (!existsSync(bundle)) throw new Error(`bench: building ${revision} gave no ${bundle}`);
  return `/${bundle}`;
}
