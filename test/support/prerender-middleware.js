import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * Dev-server middleware for the pre-rendered HTML tests (test/server/): `/prerendered/<name>.html?<attributes>`
 * answers with what the server renderer (src/server.ts) makes of `<ketamine-<name>>` with those attributes
 * (`locale` picks the language), so the test page gets the same HTML a server would send. A POST whose body is a
 * JSON array of texts renders the widget once per text, each as its inline JSON child (clinic content), one after
 * the other; content the renderer refuses answers 422 with its message. The renderer runs in a child process
 * (prerender-child.js): Lit's server renderer installs DOM stand-ins on Node's globals, which must not leak into
 * the test runner's own process (its WebDriver client reads them).
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
  const match = ROUTE.exec(context.path);
  if (!match) return next();
  const { locale, ...attributes } = Object.fromEntries(new URLSearchParams(context.querystring));
  const jsonTexts = context.method === 'POST' ? await bodyOf(context.req) : 'null';
  const rendering = run(process.execPath, [CHILD, `ketamine-${match[1]}`, JSON.stringify(attributes), locale ?? 'en'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  rendering.child.stdin.end(jsonTexts);
  try {
    context.body = (await rendering).stdout;
    context.type = 'text/html';
  } catch (error) {
    context.status = 422;
    context.body = error.stderr || String(error);
  }
}
