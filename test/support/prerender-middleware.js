import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * Dev-server middleware for the pre-rendered HTML test (test/server/): `/prerendered/<name>.html?<attributes>`
 * answers with what the server renderer (src/server.ts) makes of `<ketamine-<name>>` with those attributes
 * (`locale` picks the language), so the test page gets the same HTML a server would send. The renderer runs in a
 * child process (prerender-child.js): Lit's server renderer installs DOM stand-ins on Node's globals, which must
 * not leak into the test runner's own process (its WebDriver client reads them).
 */
const ROUTE = /^\/prerendered\/([a-z-]+)\.html$/;
const CHILD = fileURLToPath(new URL('prerender-child.js', import.meta.url));
const run = promisify(execFile);

export async function prerenderMiddleware(context, next) {
  const match = ROUTE.exec(context.path);
  if (!match) return next();
  const { locale, ...attributes } = Object.fromEntries(new URLSearchParams(context.querystring));
  const { stdout } = await run(
    process.execPath,
    [CHILD, `ketamine-${match[1]}`, JSON.stringify(attributes), locale ?? 'en'],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  context.type = 'text/html';
  context.body = stdout;
}
