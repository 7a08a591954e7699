import type { Plugin } from 'vite';
import { stripNotes } from '../lib/messages.js';

/** Our TypeScript sources, not the generated modules (which have no msg() calls). */
const SOURCE = /\/src\/(?!generated\/).*\.ts$/;

/**
 * Translator notes (the `desc` option of msg()) only matter to `lit-localize
 * extract`; in runtime mode they would ship as dead strings (about 3 kB
 * gzipped), so both builds drop them. The msg() calls are found with the
 * TypeScript parser, so any quote style and any layout is stripped.
 */
export function stripTranslatorNotes(): Plugin {
  return {
    name: 'ketamine:strip-translator-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!SOURCE.test(id) || !code.includes('desc')) return undefined;
      const stripped = stripNotes(code, id);
      return stripped === code ? undefined : { code: stripped, map: null };
    },
  };
}
