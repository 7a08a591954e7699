import { build } from 'esbuild';

/**
 * Runs a small TypeScript entry (which may import from src/) in Node and
 * returns its exports. Node 20 cannot load .ts files itself.
 */
export async function importTs(contents) {
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
