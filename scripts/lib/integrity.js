// Subresource Integrity for the CDN bundle. The CDN build writes `dist/cdn/integrity.json`, the sha384 hash
// of every file a page may fetch (the main file and each lazy chunk), and `npm run sri` (scripts/sri.js)
// turns it into the snippet a webmaster pastes: the script tag with `integrity`, and an import map whose
// `integrity` entries cover the chunks the main file fetches with import().
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST = 'integrity.json';
export const MAIN = 'ketamine-widgets.js';
const PACKAGE = 'ketamine-widgets';

/** An integrity value (`sha384-<base64>`) for these bytes. */
export const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every script of a CDN build folder, relative to it, `/`-separated: the main file first, then the chunks by name. */
export function cdnFiles(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map((file) => String(file).split('\\').join('/'))
    .filter((file) => file.endsWith('.js') && !file.startsWith('.vite/'))
    .sort();
  if (!files.includes(MAIN)) throw new Error(`${dir}: no ${MAIN}; build the CDN bundle first (npm run build)`);
  return [MAIN, ...files.filter((file) => file !== MAIN)];
}

/** The manifest of a CDN build folder, as the build writes it. */
export const integrityOf = (dir, version) => ({
  package: PACKAGE,
  version,
  algorithm: 'sha384',
  files: Object.fromEntries(cdnFiles(dir).map((file) => [file, sha384(readFileSync(join(dir, file)))])),
});

/** The files whose bytes no longer match the manifest (changed, added or gone); none when it is current. */
export function staleFiles(dir, manifest) {
  const current = integrityOf(dir, manifest.version).files;
  const names = new Set([...Object.keys(current), ...Object.keys(manifest.files)]);
  return [...names].filter((name) => current[name] !== manifest.files[name]).sort();
}

/** Reads `integrity.json` of a CDN build folder, and checks it against the files beside it. */
export function readIntegrity(dir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  } catch (error) {
    const reason = error.code === 'ENOENT' ? 'missing; run npm run build' : error.message;
    throw new Error(`${join(dir, MANIFEST)}: ${reason}`, { cause: error });
  }
  const stale = staleFiles(dir, manifest);
  if (stale.length) {
    throw new Error(
      `${join(dir, MANIFEST)} does not match the files beside it (${stale.join(', ')}); run npm run build again`,
    );
  }
  return manifest;
}

/**
 * The folder URL the snippet loads from, ending in `/`: an `https:` or `http:` URL, or a path from the
 * site's root (`/assets/ketamine-widgets/`). The main file's URL is accepted too. A query would change
 * the URLs the browser fetches (and so the import map keys); a version range (`@0.1`) may serve a
 * newer version whose hashes differ: both are refused, with the reason.
 */
export function cdnBase(input, version) {
  if (!input) throw new Error('give the URL of the folder that holds ketamine-widgets.js');
  const absolute = /^https?:\/\//i.test(input);
  if (!absolute && !input.startsWith('/')) {
    throw new Error(`${input}: give a full URL (https://…) or a path from the site's root (/…)`);
  }
  const url = new URL(input, 'https://site.invalid');
  if (url.search || url.hash)
    throw new Error(`${input}: leave out the query and fragment; the chunks are fetched without them`);
  const pinned = new RegExp(`/${PACKAGE}@([^/]+)/`).exec(url.pathname)?.[1];
  if (pinned && pinned !== version) {
    throw new Error(
      `${input}: the hashes are those of version ${version}; put @${version} in the URL, not @${pinned} ` +
        '(a range or another version serves other files, which the browser would refuse)',
    );
  }
  const folder = url.pathname.endsWith(`/${MAIN}`)
    ? url.pathname.slice(0, -MAIN.length)
    : url.pathname.replace(/\/?$/, '/');
  return absolute ? `${url.origin}${folder}` : folder;
}

/** The HTML a webmaster pastes into the page's <head>: the import map first, as browsers require. */
export function snippet(manifest, base) {
  const url = (file) => `${base}${file}`;
  const integrity = Object.fromEntries(Object.entries(manifest.files).map(([file, hash]) => [url(file), hash]));
  const map = JSON.stringify({ integrity }, null, 2);
  return [
    `<!-- ketamine-widgets ${manifest.version}: every file's ${manifest.algorithm} hash (npm run sri) -->`,
    `<script type="importmap">\n${map}\n</script>`,
    `<script type="module" blocking="render" src="${url(MAIN)}" integrity="${manifest.files[MAIN]}" crossorigin="anonymous"></script>`,
  ].join('\n');
}
