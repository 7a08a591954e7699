/**
 * Pre-rendered widgets for pages whose Content-Security-Policy refuses inline styles (`style-src 'self'`):
 * Lit's server renderer puts a widget's styles in a `<style>` element inside its shadow root, which such a
 * policy blocks, so the text would show unstyled until the script runs. With `stylesheets`, the renderer puts a
 * `<link rel="stylesheet">` to `ketamine-<name>.css` there instead: the same CSS, written by the build into
 * dist/cdn/ (scripts/build/stylesheets.js), served from the page's own origin.
 */
import type { CSSResult } from 'lit';

/** A widget's styles as the server renderer inlines them: the cssText of its element styles, in order. */
export function styleText(tag: string): string {
  const widget = customElements.get(tag) as { elementStyles?: readonly unknown[] } | undefined;
  if (!widget?.elementStyles) throw new Error(`ketamine-widgets/server: <${tag}> is not defined`);
  return widget.elementStyles.map((style) => (style as CSSResult).cssText).join('');
}

/** The file a widget's styles are in, beside the CDN bundle. */
const stylesheetName = (tag: string): string => `${tag}.css`;

/**
 * The folder URL, ending in `/`: an `https:` or `http:` URL, or a path (`/assets/ketamine-widgets`, `css/`).
 * Anything with another scheme is refused, so no `javascript:` or `data:` URL reaches the page.
 */
function stylesheetBase(base: string): string {
  // Resolved as the browser would (it drops tabs, newlines and leading spaces), against a stand-in for the page.
  const { protocol } = new URL(base, 'https://page.invalid/');
  if (protocol !== 'https:' && protocol !== 'http:')
    throw new TypeError(`ketamine-widgets/server: stylesheets "${base}" must be an https: or http: URL, or a path`);
  return base.endsWith('/') ? base : `${base}/`;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * `html` (a rendered widget) with the `<style>` of its shadow root replaced by a link to its stylesheet in
 * `base`. The styles are found by their exact text, so a renderer that wrote them otherwise fails loudly here.
 */
export function linkStylesheet(html: string, tag: string, base: string): string {
  const inline = `<style>${styleText(tag)}</style>`;
  const at = html.indexOf(inline);
  if (at < 0 || html.indexOf(inline, at + 1) >= 0)
    throw new Error(`ketamine-widgets/server: <${tag}> was not rendered with its styles exactly once`);
  const href = escapeAttribute(stylesheetBase(base) + stylesheetName(tag));
  return `${html.slice(0, at)}<link rel="stylesheet" href="${href}">${html.slice(at + inline.length)}`;
}
