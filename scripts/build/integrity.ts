import type { Plugin } from 'vite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST, integrityOf } from '../lib/integrity.js';

/**
 * Writes `integrity.json` into the CDN build's folder once its files are on disk: the sha384 hash of the
 * main file and of every chunk, hashed from the bytes written (the npm package ships it, so jsDelivr and
 * unpkg serve it beside the files). Part of the build, so no release can ship without it.
 */
export function integrityManifest(version: string): Plugin {
  return {
    name: 'ketamine:integrity-manifest',
    // The CDN library build only: Storybook's build reads vite.config.ts too, and has no CDN files.
    apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
    writeBundle(options) {
      const dir = options.dir!;
      writeFileSync(join(dir, MANIFEST), `${JSON.stringify(integrityOf(dir, version), null, 2)}\n`);
    },
  };
}
