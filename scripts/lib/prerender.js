import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ELEMENTS } from './widgets.js';

/**
 * Dev-server middleware: `/prerendered/<name>.html?<attributes>` answers with what the server renderer
 * (src/server.ts) makes of `<ketamine-<name>>` with those attributes (`locale` picks the language), the same
 * HTML a server would send. The pre-rendered HTML test (test/server/) and the code builder of `npm start`
 * (demo/builder/) use it. The renderer runs in a child process (prerender-child.js): Lit's server renderer
 * installs DOM stand-ins on Node's globals, which must not leak into the server's own process (the test
 * runner's WebDriver client reads them).
 */
const ROUTE = /^\/prerendered\/([a-z-]+)\.html$/;
const CHILD = fileURLToPath(new URL('prerender-child.js', import.meta.url));
const run = promisify(execFile);

export async function prerenderMiddleware(context, next) {
  const name = ROUTE.exec(context.path)?.[1];
  if (!name || !ELEMENTS.includes(name)) return next();
  const { locale, ...attributes } = Object.fromEntries(new URLSearchParams(context.querystring));
  const { stdout } = await run(
    process.execPath,
    [CHILD, `ketamine-${name}`, JSON.stringify(attributes), locale ?? 'en'],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  context.type = 'text/html';
  context.body = stdout;
}
