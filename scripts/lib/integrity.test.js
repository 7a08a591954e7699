// node --test scripts/lib/: the integrity manifest of the CDN build and the snippet `npm run sri` prints.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cdnBase, integrityOf, readIntegrity, snippet } from './integrity.js';

/** A CDN build folder with a main file, two chunks and Vite's own manifest (not a file pages fetch). */
function buildFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'ketamine-sri-'));
  mkdirSync(join(dir, 'chunks'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, 'ketamine-widgets.js'), 'export{};');
  writeFileSync(join(dir, 'chunks', 'evidence-card-AbCd_123.js'), 'export const a=1;');
  writeFileSync(join(dir, 'chunks', 'es-shared-Xy-z9876.js'), 'export const b=2;');
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
  return dir;
}

test('hashes every script of the folder, main file first, with sha384 as browsers compute it', (t) => {
  const dir = buildFolder();
  t.after(() => rmSync(dir, { recursive: true }));
  const manifest = integrityOf(dir, '1.2.3');
  assert.deepEqual(Object.keys(manifest.files), [
    'ketamine-widgets.js',
    'chunks/es-shared-Xy-z9876.js',
    'chunks/evidence-card-AbCd_123.js',
  ]);
  const expected = `sha384-${createHash('sha384').update('export{};').digest('base64')}`;
  assert.equal(manifest.files['ketamine-widgets.js'], expected);
  assert.equal(manifest.version, '1.2.3');
});

test('refuses a manifest that no longer matches the files, naming them', (t) => {
  const dir = buildFolder();
  t.after(() => rmSync(dir, { recursive: true }));
  writeFileSync(join(dir, 'integrity.json'), JSON.stringify(integrityOf(dir, '1.2.3')));
  assert.equal(readIntegrity(dir).version, '1.2.3');
  writeFileSync(join(dir, 'chunks', 'evidence-card-AbCd_123.js'), 'export const a=2;');
  assert.throws(() => readIntegrity(dir), /does not match the files beside it \(chunks\/evidence-card-AbCd_123\.js\)/);
  rmSync(join(dir, 'integrity.json'));
  assert.throws(() => readIntegrity(dir), /integrity\.json: missing; run npm run build/);
});

test('takes a folder URL or the main file URL, and refuses what the browser would not match', () => {
  const folder = 'https://cdn.example/npm/ketamine-widgets@1.2.3/dist/cdn/';
  assert.equal(cdnBase(folder, '1.2.3'), folder);
  assert.equal(cdnBase(folder.slice(0, -1), '1.2.3'), folder);
  assert.equal(cdnBase(`${folder}ketamine-widgets.js`, '1.2.3'), folder);
  assert.equal(cdnBase('/assets/ketamine-widgets', '1.2.3'), '/assets/ketamine-widgets/');
  assert.throws(() => cdnBase('https://cdn.example/npm/ketamine-widgets@1.2/dist/cdn/', '1.2.3'), /put @1\.2\.3/);
  assert.throws(() => cdnBase(`${folder}?v=2`, '1.2.3'), /leave out the query/);
  assert.throws(() => cdnBase('assets/ketamine-widgets/', '1.2.3'), /a full URL \(https:\/\/…\) or a path/);
  assert.throws(() => cdnBase('', '1.2.3'), /give the URL/);
});

test('prints the import map first, an integrity entry per file, then the script tag', () => {
  const manifest = {
    version: '1.2.3',
    algorithm: 'sha384',
    files: { 'ketamine-widgets.js': 'sha384-main', 'chunks/evidence-card-AbCd_123.js': 'sha384-card' },
  };
  const html = snippet(manifest, '/assets/kw/');
  const map = JSON.parse(/<script type="importmap">\n([\s\S]*?)\n<\/script>/.exec(html)[1]);
  assert.deepEqual(map, {
    integrity: {
      '/assets/kw/ketamine-widgets.js': 'sha384-main',
      '/assets/kw/chunks/evidence-card-AbCd_123.js': 'sha384-card',
    },
  });
  assert.ok(html.indexOf('importmap') < html.indexOf('type="module"'));
  assert.match(
    html,
    /<script type="module" blocking="render" src="\/assets\/kw\/ketamine-widgets\.js" integrity="sha384-main" crossorigin="anonymous"><\/script>$/,
  );
});
