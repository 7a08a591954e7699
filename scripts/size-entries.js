// Bundles the packed npm package as an app would, once per widget (`import 'ketamine-widgets/<widget>'`):
// with Vite (dist/size/vite/<widget>/) and with esbuild (dist/size/esbuild/<widget>/), minified, Lit left
// out (the app has it already), lazy chunks (locales, validation) kept apart. `.size-limit.js` then
// weighs each entry and its lazy validation chunks.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { ELEMENTS } from './lib/widgets.js';

const OUT = 'dist/size';
const APP = `${OUT}/app`;
const LIT = [/^lit($|\/)/, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@lit\/reactive-element($|\/)/];
const LIT_NAMES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

// The package as npm would publish it (package.json "files" and "exports"), installed into a throw-away
// app; its dependencies (zod, @lit/localize) resolve to this repository's node_modules.
rmSync(OUT, { recursive: true, force: true });
mkdirSync(`${APP}/node_modules/ketamine-widgets`, { recursive: true });
// Its own package.json, or `ketamine-widgets/…` would resolve to this repository (a self-reference).
writeFileSync(`${APP}/package.json`, '{ "name": "size-app", "private": true, "type": "module" }\n');
const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', OUT], { encoding: 'utf8' })
  .trim()
  .split('\n')
  .at(-1);
execFileSync('tar', [
  '-xzf',
  `${OUT}/${tarball}`,
  '-C',
  `${APP}/node_modules/ketamine-widgets`,
  '--strip-components=1',
]);
symlinkSync(resolve('node_modules'), `${APP}/node_modules/ketamine-widgets/node_modules`, 'dir');

for (const widget of ELEMENTS) {
  const entry = `${APP}/${widget}.js`;
  writeFileSync(entry, `import 'ketamine-widgets/${widget}';\n`);
  await build({
    configFile: false,
    logLevel: 'warn',
    root: APP,
    build: {
      outDir: resolve(`${OUT}/vite/${widget}`),
      emptyOutDir: true,
      manifest: true,
      target: 'es2021',
      lib: { entry: resolve(entry), formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: {
        external: LIT,
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  const { metafile } = await esbuild({
    entryPoints: { entry: resolve(entry) },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2021',
    external: LIT_NAMES.flatMap((name) => [name, `${name}/*`]),
    outdir: `${OUT}/esbuild/${widget}`,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    // dist/lib's `import './x.js'` lines of side-effect-free modules: harmless here, reported elsewhere.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  writeFileSync(`${OUT}/esbuild/${widget}/meta.json`, JSON.stringify(metafile));
}
