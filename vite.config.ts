import { defineConfig, type PluginOption } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { stripTranslatorNotes } from './scripts/build/translator-notes.js';
import { shortMessageIds } from './scripts/build/message-ids.js';
import { ELEMENTS } from './scripts/lib/widgets.js';
import { integrityManifest } from './scripts/build/integrity.js';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** What both builds ship without: translator notes, long message ids, template indentation. */
const slimmed = (): PluginOption[] => [
  stripTranslatorNotes(),
  shortMessageIds('src/generated/locales'),
  // Lit's css`` and html`` templates keep their indentation unless minified. A css`` block of
  // bare declarations (the dark tokens) is not a stylesheet a CSS minifier can parse: left as written.
  minifyTemplateLiterals({
    include: ['**/src/**/*.ts'],
    options: { shouldMinifyCSS: (template) => template.tag === 'css' && !/^\s*--/.test(template.parts[0]?.text ?? '') },
  }),
];

/** A widget's own chunk is named after it (`chunks/evidence-card-<hash>.js`), so size rows and tests can find it. */
const WIDGET_CHUNK = /\/src\/elements\/([^/]+)\/define\.ts$/;

/** Which modules share a chunk in the CDN build (rolldown's `output.codeSplitting`). */
const CDN_CHUNKS = {
  groups: [
    // The main file: the entry and all it imports statically (Lit, @lit/localize), plus the base element, the
    // shared internals and the study citations every widget cites. A group holding the entry module becomes
    // the entry's chunk, so a widget's chunk imports them from the file the page already has, never from a
    // chunk it would have to wait for.
    // The icon arrays are left to the two widgets that draw them (a chunk of their own).
    {
      name: 'ketamine-widgets',
      test: /[\\/]src[\\/](cdn\.ts|internal[\\/](?!icon-array|natural-frequency)|localization[\\/]|schema[\\/]content-issue\.ts|content[\\/](study-citations|sentence|review)\.ts)/,
    },
    // zod and the code that maps its issues: one lazy chunk, fetched only when clinic JSON is on the page.
    { name: 'validate', test: /[\\/](node_modules[\\/]zod[\\/]|src[\\/]schema[\\/](validate|common)\.ts)/ },
    // The QR encoder, fetched only when a visit summary shows a clinic's web address.
    { name: 'qr-encoder', test: /[\\/]node_modules[\\/]uqr[\\/]/ },
  ],
};

/**
 * The CDN bundle: one self-contained, minified ES module with Lit, the shared
 * base and a loader (src/cdn.ts). Each widget's code, each locale's texts
 * (one chunk per widget, one shared) and the validation code (zod) are lazy
 * chunks beside it, fetched relative to the script's own URL.
 */
const cdn = defineConfig({
  // dist/cdn/integrity.json: the sha384 of every file, for Subresource Integrity (`npm run sri`).
  plugins: [...slimmed(), integrityManifest(version)],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each widget's chunk imports, for the per-page size rows.
    manifest: true,
    target: 'es2021',
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'ketamine-widgets.js',
    },
    rolldownOptions: {
      // Lets shared code (Lit, the localize runtime, the base element) live in the main file;
      // lazy chunks import it back from there.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        codeSplitting: CDN_CHUNKS,
        chunkFileNames: (chunk) => `chunks/${WIDGET_CHUNK.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
      },
    },
  },
});

/**
 * The npm build (`vite build --mode lib`): one ES module per source module,
 * not minified (the app's bundler does that), with Lit, @lit/localize and zod
 * left as dependencies. `tsc` adds the type declarations beside it. src/server.ts
 * (`ketamine-widgets/server`, for Node) is an entry of this build too, with
 * @lit-labs/ssr and parse5 left as dependencies.
 */
const npm = defineConfig({
  plugins: slimmed(),
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2021',
    minify: false,
    lib: {
      entry: [
        'src/index.ts',
        'src/localization/index.ts',
        'src/server.ts',
        ...ELEMENTS.flatMap((name) => [`src/elements/${name}/define.ts`, `src/elements/${name}/${name}.ts`]),
      ],
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^parse5($|\/)/, /^zod($|\/)/, /^uqr($|\/)/],
      preserveEntrySignatures: 'strict',
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

export default defineConfig(({ mode }) => (mode === 'lib' ? npm : cdn));
