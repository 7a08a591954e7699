import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** A key of a generated locale module: `'study.feder-2014-ptsd.result': …` (our ids all have a dot). */
const TEMPLATE_KEY = /^(\s*)'([a-z0-9-]+\.[a-z0-9.-]+)':/gm;
/** The `id: '…'` option of a msg() call. Content ids (`feder-2014-ptsd`) have no dot and are left alone. */
const ID_OPTION = /(\bid:\s*)'([a-z0-9-]+\.[a-z0-9.-]+)'/g;

/** Every message id, read from the modules `lit-localize build` wrote (each holds every id). */
function messageIds(generatedDir: string): string[] {
  const ids = new Set<string>();
  for (const file of readdirSync(generatedDir)) {
    for (const [, , id] of readFileSync(`${generatedDir}/${file}`, 'utf8').matchAll(TEMPLATE_KEY)) ids.add(id!);
  }
  return [...ids].sort();
}

/**
 * Message ids such as `study.feder-2014-ptsd.result` tell translators where a
 * string belongs, but the bundle ships each one twice (in the English msg()
 * call and in every locale module), about 1.3 kB gzipped each time. Both
 * builds swap them for short ids (`a`, `b`, … `6j`), the same in both places.
 * Tests and Storybook run the sources, with the ids as written.
 */
export function shortMessageIds(generatedDir: string): Plugin {
  let short = new Map<string, string>();
  const swap = (id: string): string | undefined => short.get(id);
  return {
    name: 'ketamine:short-message-ids',
    enforce: 'pre',
    buildStart() {
      short = new Map(messageIds(generatedDir).map((id, index) => [id, (index + 10).toString(36)]));
    },
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return undefined;
      const swapped = code
        .replace(ID_OPTION, (whole, prefix: string, messageId: string) =>
          swap(messageId) ? `${prefix}'${swap(messageId)}'` : whole,
        )
        .replace(TEMPLATE_KEY, (whole, indent: string, messageId: string) =>
          swap(messageId) ? `${indent}'${swap(messageId)}':` : whole,
        );
      return swapped === code ? undefined : { code: swapped, map: null };
    },
  };
}
