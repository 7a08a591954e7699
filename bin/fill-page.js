// Fills a page's `ketamine-*` tags with their pre-rendered shadow roots (used by bin/ketamine-widgets.js and its
// tests in scripts/lib/server-render.test.js). parse5 finds each tag and where its start tag ends; the shadow
// root goes in right there, and every other byte of the page stays as it was.
import { parse } from 'parse5';

/** Each element of the tree, in document order (template contents included). */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? child.content : child);
  }
}

/** Why the browser, not the server, renders this tag; `undefined` when the server can. */
function leftToBrowser(element) {
  const children = element.childNodes.filter((node) => node.tagName);
  if (children.some((child) => child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode')))
    return 'already pre-rendered';
  if (
    children.some(
      (child) =>
        child.tagName === 'script' && child.attrs.some((a) => a.name === 'type' && a.value === 'application/json'),
    )
  )
    return 'clinic content in an inline JSON child';
  if (!element.sourceCodeLocation?.startTag) return 'not written in the page (added by the parser)';
  return undefined;
}

/**
 * `source` with every widget tag filled, using `<html lang>` for the locale. `server` is the module
 * `ketamine-widgets/server` (or anything with the same renderShadowRoot and WIDGET_TAGS); `options` go to each
 * render (`stylesheets`).
 * Returns the page and, per widget tag, what happened to it.
 */
export async function fillPage(source, server, options = {}) {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const all = [...elements(document)];
  const html = all.find((element) => element.tagName === 'html');
  const locale = html?.attrs.find((a) => a.name === 'lang')?.value;
  const inserts = [];
  const report = [];
  for (const element of all) {
    if (!server.WIDGET_TAGS.includes(element.tagName)) continue;
    const line = element.sourceCodeLocation?.startLine;
    const why = leftToBrowser(element);
    if (why) {
      report.push({ tag: element.tagName, line, filled: false, why });
      continue;
    }
    const attributes = Object.fromEntries(element.attrs.map((a) => [a.name, a.value]));
    const slots = element.childNodes.flatMap(
      (child) => child.attrs?.filter((a) => a.name === 'slot').map((a) => a.value) ?? [],
    );
    const shadow = await server.renderShadowRoot(element.tagName, attributes, { ...options, locale, slots });
    if (shadow === undefined) {
      report.push({
        tag: element.tagName,
        line,
        filled: false,
        why: 'content only the browser can show (an error or clinic content)',
      });
      continue;
    }
    inserts.push({ at: element.sourceCodeLocation.startTag.endOffset, text: shadow });
    report.push({ tag: element.tagName, line, filled: true });
  }
  let page = source;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) page = page.slice(0, at) + text + page.slice(at);
  return { page, locale, report };
}
