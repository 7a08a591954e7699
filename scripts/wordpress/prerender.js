/*
 * The pre-rendered HTML of the WordPress plugin (issue 22). PHP cannot run the server renderer, so the build runs
 * it (dist/lib/server.js) for the configurations the blocks and shortcodes offer (fragments.js) in each locale,
 * and writes them to prerendered/<locale>/<widget>.json; the plugin prints the one whose attributes and locale
 * match, and the plain tag for anything else (includes/prerendered.php).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attributeText, configurationsOf, encodeAgainst } from './fragments.js';

const literalBytes = (parts) =>
  parts.reduce((sum, part) => sum + (typeof part === 'string' ? Buffer.byteLength(part) : 0), 0);

export const SERVER_ENTRY = 'dist/lib/server.js';

/**
 * Writes the fragments under `folder` (the staged plugin's prerendered/): one file per widget and locale,
 * `{ base, fragments: { <attribute text>: parts } }` (see encodeAgainst), and locales.json, every locale the
 * widgets resolve a page's language to, in the order they try them. Returns how many fragments it wrote.
 */
export async function writePrerendered(folder, catalog) {
  // Lit's server renderer sets up its DOM stand-ins on import: only this build step needs them.
  const { renderShadowRoot, SUPPORTED_LOCALES, KetamineContentError } = await import(
    pathToFileURL(resolve(SERVER_ENTRY)).href
  );
  /** A configuration the widget shows as an error (an evidence card without a study): the plain tag, not a fragment. */
  const render = (tag, attributes, options) =>
    renderShadowRoot(tag, attributes, options).catch((error) => {
      if (error instanceof KetamineContentError) return undefined;
      throw error;
    });
  // The source locale and the translations; not a pseudo-locale of the source language (en-XA, for QA).
  const [source] = SUPPORTED_LOCALES;
  const locales = SUPPORTED_LOCALES.filter((locale) => locale === source || !locale.startsWith(`${source}-`));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'locales.json'), `${JSON.stringify(SUPPORTED_LOCALES)}\n`);
  let written = 0;
  for (const widget of catalog) {
    const configurations = configurationsOf(widget);
    for (const locale of locales) {
      let base = '';
      const fragments = {};
      for (const attributes of configurations) {
        const html = await render(widget.tag, attributes, { locale });
        if (html === undefined) continue;
        let parts = encodeAgainst(base, html);
        // A fragment with much new text (the first, another study) joins the base the others copy from.
        if (literalBytes(parts) > Buffer.byteLength(html) / 10) {
          base += html;
          parts = encodeAgainst(base, html);
        }
        fragments[attributeText(widget, attributes)] = parts;
        written += 1;
      }
      mkdirSync(join(folder, locale), { recursive: true });
      writeFileSync(join(folder, locale, `${widget.name}.json`), JSON.stringify({ base, fragments }));
    }
  }
  return written;
}
