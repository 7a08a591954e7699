// The chunk graph of a build, from Vite's manifest or esbuild's metafile, and the sets of files a page or
// an app loads from it: what `.size-limit.js` turns into rows. Read, not guessed: a new widget, chunk or
// shared module changes the rows by itself.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * One build as `{ dir, files }`: `files` maps each JS file (relative to `dir`) to its source module
 * (`src`: an entry's module; a codeSplitting group's name; '' for other shared chunks), its static
 * `imports` and its `dynamic` imports.
 */
export function viteGraph(dir) {
  const manifest = JSON.parse(readFileSync(`${dir}/.vite/manifest.json`, 'utf8'));
  const fileOf = (key) => manifest[key].file;
  const files = new Map();
  for (const chunk of Object.values(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    files.set(chunk.file, {
      src: chunk.src ?? chunk.name ?? '',
      imports: (chunk.imports ?? []).map(fileOf),
      dynamic: (chunk.dynamicImports ?? []).map(fileOf),
    });
  }
  return { dir, files };
}

/** The same from an esbuild metafile (`metafile: true`, written to `<dir>/meta.json`). */
export function esbuildGraph(dir) {
  const { outputs } = JSON.parse(readFileSync(`${dir}/meta.json`, 'utf8'));
  const rel = (path) => posix.relative(dir, path);
  const files = new Map();
  for (const [path, output] of Object.entries(outputs)) {
    if (!path.endsWith('.js')) continue;
    const kind = (k) => output.imports.filter((i) => i.kind === k && !i.external).map((i) => rel(i.path));
    files.set(rel(path), {
      src: output.entryPoint ?? '',
      imports: kind('import-statement'),
      dynamic: kind('dynamic-import'),
    });
  }
  return { dir, files };
}

/** The file whose source module matches `pattern` (a RegExp); throws when there is none or several. */
export function fileFor(graph, pattern) {
  const found = [...graph.files].filter(([, f]) => pattern.test(f.src)).map(([file]) => file);
  if (found.length !== 1) throw new Error(`${graph.dir}: ${found.length} chunks for ${pattern}: ${found.join(', ')}`);
  return found[0];
}

/** `roots` and every file they import statically, transitively: what the browser fetches with them. */
export function staticClosure(graph, roots) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of graph.files.get(file)?.imports ?? []) visit(next);
  };
  roots.forEach(visit);
  return seen;
}

/** The files loading `roots` adds to a page that already has `loaded`. */
export const added = (graph, roots, loaded = new Set()) =>
  [...staticClosure(graph, roots)].filter((file) => !loaded.has(file));

/** Paths for size-limit. */
export const paths = (graph, files) => [...files].map((file) => `${graph.dir}/${file}`);
