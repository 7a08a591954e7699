import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { STRICT_CSP, fillWidgets } from './embed-middleware.js';

/**
 * Dev-server middleware for the pre-rendered page tests (test/server/): `/prerendered/pages/<page>.html?locale=…&
 * stylesheets=…` answers with test/fixtures/server/<page>.html in that language (`<html lang>`), its
 * `<!-- ketamine:widgets -->` marker filled with every widget of the registry (embed-middleware.js) and each
 * widget pre-rendered as `npx ketamine-widgets render` does; `csp=strict` sends it with the strict
 * Content-Security-Policy header of docs/security-and-privacy.md. The renderer runs in a child process
 * (prerender-page-child.js), as scripts/lib/prerender.js explains.
 */
const PAGE_ROUTE = /^\/prerendered\/pages\/([a-z-]+)\.html$/;
const CHILD = fileURLToPath(new URL('prerender-page-child.js', import.meta.url));
const run = promisify(execFile);

/** `page` with every widget tag filled by the server renderer (`options`: the render options). */
function renderPage(page, options) {
  const running = run(process.execPath, [CHILD, JSON.stringify(options)], { maxBuffer: 16 * 1024 * 1024 });
  running.child.stdin.end(page);
  return running.then(({ stdout }) => stdout);
}

export async function prerenderedPagesMiddleware(context, next) {
  const page = PAGE_ROUTE.exec(context.path);
  if (!page) return next();
  const { locale, stylesheets, csp } = Object.fromEntries(new URLSearchParams(context.querystring));
  const fixture = await readFile(new URL(`../fixtures/server/${page[1]}.html`, import.meta.url), 'utf8');
  const inLocale = fixture.replace(
    /<html lang="[^"]*">/,
    `<html lang="${(locale ?? 'en').replace(/[^A-Za-z-]/g, '')}">`,
  );
  context.body = await renderPage(fillWidgets(inLocale), stylesheets ? { stylesheets } : {});
  context.type = 'text/html';
  if (csp === 'strict') context.set('Content-Security-Policy', STRICT_CSP);
}
