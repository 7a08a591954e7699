import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { WIDGETS, tagOf } from '../../scripts/lib/widgets.js';

/**
 * Dev-server middleware for the embed-proof tests (test/embed/, fixtures in test/fixtures/embed/).
 *
 * 1. Real response headers: the CSP fixture pages get the strict Content-Security-Policy below
 *    as a header (a <meta> CSP cannot carry every directive and is not what a hardened clinic
 *    site sends); the no-network and visit-prep pages get a report-only policy that blocks nothing but reports
 *    any attempt to reach another origin, failed or not, in every engine.
 * 2. Other versions of the built bundle: `/embed-cdn/ketamine-widgets@X.Y.Z/dist/cdn/…` serves
 *    `dist/cdn/…` with the version string replaced by X.Y.Z in the main file, the way a second,
 *    older or newer copy from a CDN would arrive. Its chunks come from the same folder, so the
 *    copy imports only itself.
 * 3. A CDN that went offline after the page loaded: `/embed-cdn-offline/<what>/dist/cdn/…` serves
 *    the main file and the widgets' code but answers 503 for every language chunk (`<what>` =
 *    `locales`), or for the language chunks whose name holds `<what>` (e.g. `therapy-comparison`:
 *    that widget's texts in every language). The widgets' own chunks still load: the CDN bundle
 *    fetches them as soon as the page shows their tags, before the CDN "goes offline".
 * 4. Fixture pages as templates: `<!-- ketamine:widgets -->` in a page becomes one tag per widget of
 *    the registry (src/widgets.ts) with its `example` attributes, so a new widget is in every scenario.
 *    `?widgets=a,b` keeps only those (loader.html: a page with one widget).
 * 5. Subresource Integrity: `<!-- ketamine:sri -->` in a page becomes what `npm run sri` prints (the
 *    command itself runs) for the folder `/embed-sri/<tampered>/dist/cdn/` of this server, which serves
 *    dist/cdn/ with one byte changed in the file named `<tampered>` (`ketamine-widgets` for the main
 *    file, `evidence-card` for that widget's chunk; `intact` for none). `?tamper=<name>` picks it.
 * 6. The CDNs' short addresses (short-address.html?cdn=jsdelivr or unpkg puts one in the page):
 *    `/embed-npm/jsdelivr/npm/ketamine-widgets@<range>` answers with the file package.json's `jsdelivr`
 *    field names, as jsDelivr does (without the minification jsDelivr adds);
 *    `/embed-npm/unpkg/ketamine-widgets@<range>` redirects to the `unpkg` field's file of this version,
 *    as unpkg does. Below `…/ketamine-widgets@<this version>/` both serve the repository's files.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

/** What the library needs, and nothing more (docs/security-and-privacy.md). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The fixture page (by file name) → the headers it is served with. */
const HEADERS = {
  'csp.html': { 'Content-Security-Policy': STRICT_CSP },
  // The same policy, with the library loaded twice: the second Lit copy asks for the policy name again.
  'csp-two-copies.html': { 'Content-Security-Policy': `${STRICT_CSP} 'allow-duplicates'` },
  'no-network.html': { 'Content-Security-Policy-Report-Only': "default-src 'self'" },
  'visit-prep.html': { 'Content-Security-Policy-Report-Only': "default-src 'self'" },
};

const OFFLINE = /^\/embed-cdn-offline\/([\w-]+)\/dist\/cdn\/((?:chunks\/)?[\w.-]+\.js)$/;
/** A language chunk: `chunks/<locale>-<shared or widget>-<hash>.js` (es, pt-BR, en-XA …). */
const LANGUAGE_CHUNK = /^chunks\/[a-z]{2}(?:-[A-Z]{2})?-/;
const SRI = /^\/embed-sri\/([\w-]+)\/dist\/cdn\/((?:chunks\/)?[\w.-]+\.js)$/;
const SHORT = /^\/embed-npm\/(jsdelivr|unpkg)\/(?:npm\/)?ketamine-widgets(?:@([^/]*))?(\/.*)?$/;
const COPY = /^\/embed-cdn\/ketamine-widgets@(\d+\.\d+\.\d+)\/dist\/cdn\/((?:chunks\/)?[\w.-]+\.js)$/;

/** The built bundle's main file with its version string replaced (fails loudly if it is not found). */
async function bundleAs(newVersion, file) {
  const text = await readFile(`${root}dist/cdn/${file}`, 'utf8');
  if (file !== 'ketamine-widgets.js') return text;
  const literal = new RegExp(`([\`'"])${version.replaceAll('.', '\\.')}\\1`, 'g');
  const count = text.match(literal)?.length ?? 0;
  if (count === 0) throw new Error(`embed-middleware: version ${version} not found in dist/cdn/${file}`);
  return text.replace(literal, `$1${newVersion}$1`);
}

/** A CDN file's name without its folder, hash and extension: `ketamine-widgets`, `evidence-card`, `es-shared`. */
const stemOf = (file) => file.replace(/^chunks\//, '').replace(/(?:-[\w-]{8})?\.js$/, '');

/** A file of dist/cdn/ with its last byte changed (`;` → space: still valid JavaScript, another hash). */
async function tampered(file) {
  const bytes = await readFile(`${root}dist/cdn/${file}`);
  if (bytes.at(-1) !== 0x3b) throw new Error(`embed-middleware: dist/cdn/${file} does not end in ";"`);
  bytes[bytes.length - 1] = 0x20;
  return bytes;
}

const runSri = promisify(execFile);
/** What `npm run sri -- <base>` prints, by running it. */
async function sriSnippet(base) {
  const { stdout } = await runSri(process.execPath, ['scripts/sri.js', base], { cwd: root });
  return stdout.trimEnd();
}

const MARKER = /^([ \t]*)<!-- ketamine:widgets -->$/m;
const SRI_MARKER = /^([ \t]*)<!-- ketamine:sri -->$/m;
const SHORT_MARKER = '<!-- ketamine:short-address -->';
/** The script tag a webmaster copies from jsDelivr's or unpkg's page: the package and its minor version. */
const shortAddressScript = (cdn) => {
  const prefix = { jsdelivr: 'npm/', unpkg: '' }[cdn];
  if (prefix === undefined) throw Object.assign(new Error(`embed-middleware: no CDN "${cdn}"`), { status: 400 });
  const range = version.split('.').slice(0, 2).join('.');
  return `<script type="module" src="/embed-npm/${cdn}/${prefix}ketamine-widgets@${range}"></script>`;
};
const escapeAttribute = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** Registry widgets (all, or the names given) as a webmaster writes them, one per line. */
export function widgetTags(indent = '', names = Object.keys(WIDGETS)) {
  const unknown = names.filter((name) => !WIDGETS[name]);
  if (unknown.length)
    throw Object.assign(new Error(`embed-middleware: no widget ${unknown.join(', ')} in src/widgets.ts`), {
      status: 400,
    });
  return Object.entries(WIDGETS)
    .filter(([name]) => names.includes(name))
    .map(([name, { example }]) => {
      const attributes = Object.entries(example)
        .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
        .join('');
      return `${indent}<${tagOf(name)}${attributes}></${tagOf(name)}>`;
    })
    .join('\n');
}

/** A fixture page with its widget marker filled in; a page without the marker is served as written. */
export const fillWidgets = (html, names) => html.replace(MARKER, (_, indent) => widgetTags(indent, names));

/** A response body (string, Buffer or stream) as text. */
async function bodyText(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const parts = [];
  for await (const part of body) parts.push(Buffer.from(part));
  return Buffer.concat(parts).toString('utf8');
}

/** @type {import('koa').Middleware} */
export async function embedMiddleware(ctx, next) {
  const page = /^\/test\/fixtures\/embed\/([\w-]+\.html)$/.exec(ctx.path)?.[1];
  if (page) {
    // Through the dev server's own HTML handling first (served as written, WebKit hangs on the import-map pages).
    await next();
    if (HEADERS[page]) ctx.set(HEADERS[page]);
    if (ctx.status !== 200) return;
    try {
      const names = ctx.query.widgets ? String(ctx.query.widgets).split(',') : undefined;
      let html = fillWidgets(await bodyText(ctx.body), names);
      if (ctx.query.cdn) html = html.replace(SHORT_MARKER, shortAddressScript(String(ctx.query.cdn)));
      if (SRI_MARKER.test(html)) {
        const base = `${ctx.origin}/embed-sri/${String(ctx.query.tamper ?? 'intact')}/dist/cdn/`;
        const snippet = await sriSnippet(base);
        html = html.replace(SRI_MARKER, (_, indent) => snippet.replace(/^/gm, indent));
      }
      ctx.body = html;
    } catch (error) {
      ctx.status = error.status ?? 500;
      ctx.body = String(error.message);
    }
    return;
  }
  const offline = OFFLINE.exec(ctx.path);
  if (offline) {
    const [, failing, file] = offline;
    if (LANGUAGE_CHUNK.test(file) && (failing === 'locales' || file.includes(failing))) {
      ctx.status = 503;
      ctx.body = 'offline';
    } else {
      ctx.body = await readFile(`${root}dist/cdn/${file}`, 'utf8');
      ctx.type = 'application/javascript';
    }
    return;
  }
  const sri = SRI.exec(ctx.path);
  if (sri) {
    const [, tamper, file] = sri;
    try {
      ctx.body = stemOf(file) === tamper ? await tampered(file) : await readFile(`${root}dist/cdn/${file}`);
      ctx.type = 'application/javascript';
    } catch (error) {
      ctx.status = error.code === 'ENOENT' ? 404 : 500;
      ctx.body = String(error.message);
    }
    return;
  }
  const short = SHORT.exec(ctx.path);
  if (short) {
    const [, cdn, range = '', rest = ''] = short;
    const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
    const defaultFile = pkg[cdn].replace(/^\.\//, '');
    if (rest === '' || rest === '/') {
      // The short address: jsDelivr answers with the default file, unpkg redirects to it.
      if (cdn === 'unpkg') return ctx.redirect(`/embed-npm/unpkg/ketamine-widgets@${version}/${defaultFile}`);
      ctx.body = await readFile(`${root}${defaultFile}`);
      ctx.type = 'application/javascript';
      return;
    }
    if (range !== version || !/^\/dist\/cdn\/(?:chunks\/)?[\w.-]+\.js$/.test(rest)) {
      ctx.status = 404;
      ctx.body = `no ${ctx.path} here (this server holds ketamine-widgets@${version}/dist/cdn/)`;
      return;
    }
    ctx.body = await readFile(`${root}${rest.slice(1)}`);
    ctx.type = 'application/javascript';
    return;
  }
  const copy = COPY.exec(ctx.path);
  if (copy) {
    try {
      ctx.body = await bundleAs(copy[1], copy[2]);
      ctx.type = 'application/javascript';
    } catch (error) {
      ctx.status = error.code === 'ENOENT' ? 404 : 500;
      ctx.body = String(error.message);
    }
    return;
  }
  await next();
}
