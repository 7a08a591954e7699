import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { stripTranslatorNotes } from './scripts/build/translator-notes.js';
import { shortMessageIds } from './scripts/build/message-ids.js';

/**
 * The CDN bundle: one self-contained, minified ES module that registers every
 * element. Each target locale and the validation code (zod) become lazy
 * chunks beside it, fetched relative to the script's own URL.
 */
export default defineConfig({
  plugins: [
    stripTranslatorNotes(),
    shortMessageIds('src/generated/locales'),
    // Lit's css`` and html`` templates keep their indentation unless minified.
    minifyTemplateLiterals(),
  ],
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
