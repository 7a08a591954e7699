import { defineConfig } from 'vite';
import { builderCatalogPlugin } from '../../scripts/build/builder-catalog.js';

/**
 * The code builder's page script (`npm start` builds it after the library): demo/builder/main.ts with the
 * widgets from src/ and the catalog made at build time, into dist/builder/builder.js. It is the demo site's
 * own code: no library bundle or manifest includes it.
 */
export default defineConfig({
  plugins: [builderCatalogPlugin()],
  build: {
    outDir: 'dist/builder',
    emptyOutDir: true,
    target: 'es2021',
    lib: { entry: 'demo/builder/main.ts', formats: ['es'], fileName: () => 'builder.js' },
  },
});
