import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

/**
 * The widget registry (src/widgets.ts) for Node scripts and configs. The
 * module is only transpiled, not bundled: its lazy loaders are never called
 * here, so none of the widgets' code (or generated files) is needed.
 */
const source = readFileSync(fileURLToPath(new URL('../../src/widgets.ts', import.meta.url)), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
const registry = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

/** Every widget's entry, by name. */
export const WIDGETS = registry.WIDGETS;
/** Every widget's name: its folder under src/elements/, its translation group; its tag is `ketamine-<name>`. */
export const ELEMENTS = Object.keys(WIDGETS);
export const tagOf = (name) => `ketamine-${name}`;
