import { defineConfig, type PluginOption } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { stripTranslatorNotes } from './scripts/build/translator-notes.js';
import { shortMessageIds } from './scripts/build/message-ids.js';
import { strFromItsOwnModule } from './scripts/build/locale-modules.js';
import { ELEMENTS } from './scripts/lib/elements.js';

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

/**
 * The CDN bundle: one self-contained, minified ES module that registers every
 * element. Each locale's texts (one chunk per element, one shared) and the
 * validation code (zod) become lazy chunks beside it, fetched relative to the
 * script's own URL.
 */
const cdn = defineConfig({
  plugins: [...slimmed(), strFromItsOwnModule()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2021',
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'ketamine-widgets.js',
    },
    rolldownOptions: {
      // Lets shared code (Lit, the localize runtime) live in the main file, so the
      // page loads one script; lazy chunks import it back from there.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});

/**
 * The npm build (`vite build --mode lib`): one ES module per source module,
 * not minified (the app's bundler does that), with Lit, @lit/localize and zod
 * left as dependencies. `tsc` adds the type declarations beside it.
 */
const npm = defineConfig({
  plugins: slimmed(),
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: {
      entry: [
        'src/index.ts',
        'src/localization/index.ts',
        ...ELEMENTS.flatMap((name) => [`src/elements/${name}/define.ts`, `src/elements/${name}/${name}.ts`]),
      ],
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
      preserveEntrySignatures: 'strict',
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

export default defineConfig(({ mode }) => (mode === 'lib' ? npm : cdn));
