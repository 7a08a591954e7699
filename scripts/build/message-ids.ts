import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import {
  GROUP_MODULES_DIR,
  LOADERS_FILE,
  MessageError,
  applyEdits,
  findMessages,
  parseLocaleModule,
  parseTs,
} from '../lib/messages.js';

const SOURCE = /\/src\/(?!generated\/).*\.ts$/;
/** The per-group modules of scripts/split-messages.js (not their loader map). */
const GROUP_MODULE = new RegExp(`/${GROUP_MODULES_DIR}/[^/]+\\.ts$`);

/** Every message id, read from the modules `lit-localize build` wrote (each holds every id). */
function messageIds(generatedDir: string): string[] {
  const ids = new Set<string>();
  for (const file of readdirSync(generatedDir).filter((f) => f.endsWith('.ts'))) {
    const path = join(generatedDir, file);
    for (const { id } of parseLocaleModule(readFileSync(path, 'utf8'), path).entries) ids.add(id);
  }
  return [...ids].sort();
}

/**
 * Message ids such as `study.feder-2014-ptsd.result` tell translators where a
 * string belongs, but the bundle ships each one twice (in the English msg()
 * call and in every locale module), about 1.3 kB gzipped each time. Both
 * builds swap them for short ids (`a`, `b`, … `6j`), the same in both places:
 * the id option of each msg() call and each key of the group modules, found
 * with the TypeScript parser. An id it does not know stops the build.
 * Tests and Storybook run the sources, with the ids as written.
 */
export function shortMessageIds(generatedDir: string): Plugin {
  let short = new Map<string, string>();
  const swap = (id: string, where: string): string => {
    const to = short.get(id);
    if (!to)
      throw new MessageError(`${where}: message id ${id} is not in ${generatedDir} (run npm run localize:build)`);
    return JSON.stringify(to);
  };
  return {
    name: 'ketamine:short-message-ids',
    enforce: 'pre',
    buildStart() {
      short = new Map(messageIds(generatedDir).map((id, index) => [id, (index + 10).toString(36)]));
    },
    transform(code, id) {
      let edits: { start: number; end: number; text: string }[] = [];
      if (GROUP_MODULE.test(id) && basename(id) !== LOADERS_FILE) {
        const { sourceFile, entries } = parseLocaleModule(code, id);
        edits = entries.map(({ id: messageId, property }) => ({
          start: property.name.getStart(sourceFile),
          end: property.name.end,
          text: swap(messageId, id),
        }));
      } else if (SOURCE.test(id) && code.includes('msg')) {
        const sourceFile = parseTs(id, code);
        edits = findMessages(sourceFile).map(({ id: messageId, idNode, at }) => ({
          start: idNode.getStart(sourceFile),
          end: idNode.end,
          text: swap(messageId, at),
        }));
      }
      return edits.length ? { code: applyEdits(code, edits), map: null } : undefined;
    },
  };
}
