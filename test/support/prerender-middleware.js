import { importTs } from '../../scripts/lib/import-ts.js';

/**
 * Dev-server middleware for the pre-rendered HTML test (test/server/): `/prerendered/<name>.html?<attributes>`
 * answers with what the server renderer (src/server.ts) makes of `<ketamine-<name>>` with those attributes
 * (`locale` picks the language), so the test page gets the same HTML a server would send. src/server.ts is
 * bundled for Node on the first such request only.
 */
const ROUTE = /^\/prerendered\/([a-z-]+)\.html$/;
let server;

export async function prerenderMiddleware(context, next) {
  const match = ROUTE.exec(context.path);
  if (!match) return next();
  server ??= importTs(`export { renderWidget } from './src/server.ts';`);
  const { locale, ...attributes } = Object.fromEntries(new URLSearchParams(context.querystring));
  context.type = 'text/html';
  context.body = await (await server).renderWidget(`ketamine-${match[1]}`, attributes, { locale });
}
