import { defineConfig, type Plugin } from 'vite';

/** The `desc: '…'` option of a msg() call (single-quoted in our sources). */
const TRANSLATOR_NOTE = /,\s*desc:\s*'(?:[^'\\]|\\.)*'/g;

/**
 * Translator notes only matter to `lit-localize extract`; in runtime mode they
 * would ship as dead strings (about 3 kB gzipped), so the CDN build drops them.
 */
function stripTranslatorNotes(): Plugin {
  return {
    name: 'ketamine:strip-translator-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return undefined;
      return { code: code.replace(TRANSLATOR_NOTE, ''), map: null };
    },
  };
}

/**
 * The CDN bundle: one self-contained, minified ES module that registers every
 * element. Each target locale and the validation code (zod) become lazy
 * chunks beside it, fetched relative to the script's own URL.
 */
export default defineConfig({
  plugins: [stripTranslatorNotes()],
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
