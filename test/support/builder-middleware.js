import { builderCatalog, CATALOG_MODULE } from '../../scripts/build/builder-catalog.js';

/**
 * Dev-server parts of the code builder's test (test/builder/):
 *
 * 1. `virtual:ketamine-builder-catalog`, the catalog vite and Storybook make with the builder's plugin, as a
 *    module of this server (builderCatalogPlugin below).
 * 2. A clinic's blank page: the test POSTs the code it copied (`/builder-blank?lang=…&dir=…`, the code as the
 *    body) and gets an address, `/builder-blank/<n>`, that serves a blank page holding exactly that code in its
 *    body, after the embed tests' recorder (test/fixtures/embed/probe.js) and the reporter that answers the test
 *    page across origins (test/fixtures/builder/report.js). The test opens it from the server's other origin.
 * 3. What a CDN sends: `Access-Control-Allow-Origin: *` on the bundle's files (module scripts from another
 *    origin need it, as jsDelivr and unpkg send it).
 */
const pages = [];
const BLANK = /^\/builder-blank\/(\d+)$/;
const CDN_FILES = /^\/(?:embed-sri\/[\w-]+\/)?dist\/cdn\//;

const escapeAttribute = (value) => value.replace(/[^\w-]/g, '');

const blankPage = ({ code, lang, dir }) => `<!doctype html>
<html lang="${escapeAttribute(lang)}" dir="${escapeAttribute(dir)}">
<head>
<meta charset="utf-8">
<title>A clinic's blank page</title>
<script src="/test/fixtures/embed/probe.js"></script>
<script src="/test/fixtures/builder/report.js"></script>
</head>
<body>
${code}
</body>
</html>
`;

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function builderMiddleware(context, next) {
  if (context.method === 'POST' && context.path === '/builder-blank') {
    const { lang = 'en', dir = 'ltr' } = Object.fromEntries(new URLSearchParams(context.querystring));
    pages.push({ code: await readBody(context.req), lang, dir });
    context.body = `/builder-blank/${pages.length - 1}`;
    return;
  }
  const blank = BLANK.exec(context.path);
  if (blank && pages[Number(blank[1])]) {
    context.type = 'text/html';
    context.body = blankPage(pages[Number(blank[1])]);
    return;
  }
  await next();
  if (CDN_FILES.test(context.path)) context.set('Access-Control-Allow-Origin', '*');
}

const SERVED_AT = '/__ketamine-builder-catalog.js';
export const builderCatalogPlugin = () => ({
  name: 'ketamine-builder-catalog',
  resolveImport: ({ source }) => (source === CATALOG_MODULE ? SERVED_AT : undefined),
  serve: async (context) =>
    context.path === SERVED_AT
      ? { body: `export default ${JSON.stringify(await builderCatalog())};`, type: 'js' }
      : undefined,
});
