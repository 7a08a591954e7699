// Subresource Integrity for the CDN bundle. The CDN build writes `dist/cdn/integrity.json`, the sha384 hash
// of every file a page may fetch (the main file and each lazy chunk), and `npm run sri` (scripts/sri.js)
// turns it into the snippet a webmaster pastes: the script tag with `integrity`, and an import map whose
// `integrity` entries cover the chunks the main file fetches with import().
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAIN, PACKAGE } from './sri-snippet.js';

export const MANIFEST = 'integrity.json';
export { MAIN, cdnBase, snippet } from './sri-snippet.js';

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
