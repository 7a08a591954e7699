import type { Plugin } from 'vite';

const STR_IMPORT = "import {str} from '@lit/localize';";

/**
 * The locale modules (`lit-localize build`, split per widget by
 * scripts/split-messages.js) import `str` from @lit/localize's index. Shared
 * by the main file and the lazy locale chunks, the whole
 * localize runtime then became a chunk of its own: a second request before
 * any widget could render. Importing the `str` tag from its own module keeps
 * the runtime in the main file, so the page loads one script.
 */
export function strFromItsOwnModule(): Plugin {
  return {
    name: 'ketamine:locale-modules-import-str-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/generated/') || !code.includes(STR_IMPORT)) return undefined;
      return { code: code.replace(STR_IMPORT, "import { str } from '@lit/localize/internal/str-tag.js';"), map: null };
    },
  };
}
