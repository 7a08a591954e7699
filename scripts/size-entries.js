// Bundles each element's npm entry (`ketamine-widgets/<element>`, from dist/lib)
// as an app's bundler would: minified, Lit left out (the app has it already),
// lazy chunks (locales, validation) kept apart. size-limit then weighs the
// entry files in dist/size/ against their budget.
import { build } from 'vite';
import { ELEMENTS } from './lib/widgets.js';

const LIT = [/^lit($|\/)/, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@lit\/reactive-element($|\/)/];

for (const element of ELEMENTS) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: `dist/size/${element}`,
      emptyOutDir: true,
      target: 'es2021',
      lib: { entry: `dist/lib/elements/${element}/define.js`, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: {
        external: LIT,
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}
