import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { STRICT_CSP, fillWidgets } from './embed-middleware.js';

/**
 * Dev-server middleware for the pre-rendered HTML tests (test/server/):
 *
 * - `/prerendered/<name>.html?<attributes>` answers with what the server renderer (src/server.ts) makes of
 *   `<ketamine-<name>>` with those attributes (`locale` picks the language, `stylesheets` links the widget's
 *   stylesheet instead of inlining its styles), so the test page gets the same HTML a server would send.
 * - `/prerendered/pages/<page>.html?locale=…&stylesheets=…` answers with test/fixtures/server/<page>.html in
 *   that language (`<html lang>`), its `<!-- ketamine:widgets -->` marker filled with every widget of the registry
 *   (test/support/embed-middleware.js) and each widget pre-rendered as `npx ketamine-widgets render` does;
 *   `csp=strict` sends it with the README's strict Content-Security-Policy header.
 *
 * The renderer runs in a child process (prerender-child.js, prerender-page-child.js): Lit's server renderer
 * installs DOM stand-ins on Node's globals, which must not leak into the test runner's own process (its
 * WebDriver client reads them).
 */
const ROUTE = /^\/prerendered\/([a-z-]+)\.html$/;
const PAGE_ROUTE = /^\/prerendered\/pages\/([a-z-]+)\.html$/;
const child = (name) => fileURLToPath(new URL(name, import.meta.url));
const run = promisify(execFile);
const OUTPUT = { maxBuffer: 16 * 1024 * 1024 };

/** `page` with every widget tag filled by the server renderer (`options`: the render options). */
function renderPage(page, options) {
  const running = run(process.execPath, [child('prerender-page-child.js'), JSON.stringify(options)], OUTPUT);
  running.child.stdin.end(page);
  return running.then(({ stdout }) => stdout);
}

export async function prerenderMiddleware(context, next) {
  const { locale, stylesheets, csp, ...attributes } = Object.fromEntries(new URLSearchParams(context.querystring));
  const options = stylesheets ? { stylesheets } : {};
  const page = PAGE_ROUTE.exec(context.path);
  if (page) {
    const fixture = await readFile(new URL(`../fixtures/server/${page[1]}.html`, import.meta.url), 'utf8');
    const inLocale = fixture.replace(
      /<html lang="[^"]*">/,
      `<html lang="${(locale ?? 'en').replace(/[^A-Za-z-]/g, '')}">`,
    );
    context.body = await renderPage(fillWidgets(inLocale), options);
    context.type = 'text/html';
    if (csp === 'strict') context.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  const match = ROUTE.exec(context.path);
  if (!match) return next();
  const { stdout } = await run(
    process.execPath,
    [
      child('prerender-child.js'),
      `ketamine-${match[1]}`,
      JSON.stringify(attributes),
      locale ?? 'en',
      JSON.stringify(options),
    ],
    OUTPUT,
  );
  context.type = 'text/html';
  context.body = stdout;
}
