import type { Plugin } from 'vite';

/** The `desc: '…'` option of a msg() call (single-quoted in our sources). */
const TRANSLATOR_NOTE = /,\s*desc:\s*'(?:[^'\\]|\\.)*'/g;

/**
 * Translator notes only matter to `lit-localize extract`; in runtime mode they
 * would ship as dead strings (about 3 kB gzipped), so the CDN build drops them.
 */
export function stripTranslatorNotes(): Plugin {
  return {
    name: 'ketamine:strip-translator-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return undefined;
      return { code: code.replace(TRANSLATOR_NOTE, ''), map: null };
    },
  };
}
