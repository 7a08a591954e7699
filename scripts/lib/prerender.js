import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ELEMENTS } from './widgets.js';

/**
 * Dev-server middleware: `/prerendered/<name>.html?<attributes>` answers with what the server renderer
 * (src/server.ts) makes of `<ketamine-<name>>` with those attributes (`locale` picks the language, `stylesheets`
 * links the widget's stylesheet instead of inlining its styles), the same HTML a server would send. A POST whose body is a JSON array of texts renders the widget once per text, each as
 * its inline JSON child (clinic content), one after the other; content the renderer refuses answers 422 with its
 * message. The pre-rendered HTML tests (test/server/) and the code builder of `npm start` (demo/builder/) use it.
 * The renderer runs in a child process (prerender-child.js): Lit's server renderer installs DOM stand-ins on
 * Node's globals, which must not leak into the server's own process (the test runner's WebDriver client reads
 * them).
 */
const ROUTE = /^\/prerendered\/([a-z-]+)\.html$/;
const CHILD = fileURLToPath(new URL('prerender-child.js', import.meta.url));
const run = promisify(execFile);

async function bodyOf(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function prerenderMiddleware(context, next) {
  const name = ROUTE.exec(context.path)?.[1];
  if (!name || !ELEMENTS.includes(name)) return next();
  const { locale, stylesheets, ...attributes } = Object.fromEntries(new URLSearchParams(context.querystring));
  const jsonTexts = context.method === 'POST' ? await bodyOf(context.req) : 'null';
  const options = { locale: locale ?? 'en', ...(stylesheets && { stylesheets }) };
  const rendering = run(
    process.execPath,
    [CHILD, `ketamine-${name}`, JSON.stringify(attributes), JSON.stringify(options)],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  rendering.child.stdin.end(jsonTexts);
  try {
    context.body = (await rendering).stdout;
    context.type = 'text/html';
  } catch (error) {
    context.status = 422;
    context.body = error.stderr || String(error);
  }
}
