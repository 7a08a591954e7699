import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { MESSAGE_ID } from '../lib/message-ids.js';

/** A key of a generated locale module: `'study.feder-2014-ptsd.result': …`. */
const TEMPLATE_KEY = new RegExp(String.raw`^(\s*)'(${MESSAGE_ID})':`, 'gm');
/** The `id: '…'` option of a msg() call (content ids such as `feder-2014-ptsd` are left alone). */
const ID_OPTION = new RegExp(String.raw`(\bid:\s*)'(${MESSAGE_ID})'`, 'g');

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
