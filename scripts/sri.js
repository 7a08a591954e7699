// `npm run sri -- <base URL>`: prints the snippet that loads the CDN bundle with Subresource Integrity from
// that folder (the script tag with `integrity` and `crossorigin`, and an import map with the `integrity` of
// every lazily loaded chunk), from the hashes the build wrote in dist/cdn/integrity.json, after checking
// them against the files. Without a URL: jsDelivr's URL of this version. `--check` only checks.
import { readFileSync } from 'node:fs';
import { cdnBase, readIntegrity, snippet } from './lib/integrity.js';

const dir = new URL('../dist/cdn/', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const args = process.argv.slice(2);

try {
  const manifest = readIntegrity(dir);
  if (manifest.version !== version) {
    throw new Error(
      `dist/cdn/integrity.json is for version ${manifest.version}, package.json says ${version}; run npm run build`,
    );
  }
  if (args.includes('--check')) {
    console.log(`dist/cdn/integrity.json: the sha384 of all ${Object.keys(manifest.files).length} files match`);
  } else {
    const base =
      args.find((arg) => !arg.startsWith('--')) ?? `https://cdn.jsdelivr.net/npm/ketamine-widgets@${version}/dist/cdn/`;
    console.log(snippet(manifest, cdnBase(base, version)));
  }
} catch (error) {
  console.error(`sri: ${error.message}`);
  process.exit(1);
}
