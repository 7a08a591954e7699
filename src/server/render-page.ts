/**
 * Fills a page's `ketamine-*` tags with their pre-rendered shadow roots (the CLI `ketamine-widgets render`, and
 * any build step such as an Eleventy transform). parse5 finds each tag and where its start tag ends; the shadow
 * root goes in right there, and every other byte of the page stays as it was.
 */
import { parse } from 'parse5';
import { KetamineContentError } from './content-error.js';
import { pageElements, pageLanguage, type Element } from './page-tree.js';

/** The part of `ketamine-widgets/server` a page needs (a parameter, so this module imports no widget). */
export interface ShadowRootRenderer {
  WIDGET_TAGS: readonly string[];
  renderShadowRoot(
    tag: string,
    attributes: Readonly<Record<string, string>>,
    options: { locale?: string; slots?: readonly string[]; json?: string; stylesheets?: string },
  ): Promise<string | undefined>;
}

/** What happened to one widget tag of the page. */
export interface PageWidgetReport {
  tag: string;
  /** The line of its start tag in the source. */
  line: number | undefined;
  filled: boolean;
  /** Why the browser, not the server, renders it (when not filled). */
  why?: string;
  /**
   * Invalid content (clinic JSON, an unknown study id): what the browser's console will say when it shows the
   * widget's error panel. The tag stays as written.
   */
  error?: string;
}

export interface RenderedPage {
  page: string;
  /** The page's `<html lang>`, as written (undefined: none, so English). */
  locale: string | undefined;
  report: PageWidgetReport[];
}

const hasAttribute = (element: Element, name: string): boolean => element.attrs.some((a) => a.name === name);

const childElements = (element: Element): Element[] =>
  element.childNodes.filter((node): node is Element => 'tagName' in node);

/** Why the browser, not the server, renders this tag; `undefined` when the server can. */
function leftToBrowser(element: Element): string | undefined {
  if (childElements(element).some((child) => child.tagName === 'template' && hasAttribute(child, 'shadowrootmode')))
    return 'already pre-rendered';
  if (!element.sourceCodeLocation?.startTag) return 'not written in the page (added by the parser)';
  return undefined;
}

/** The text of the tag's inline JSON child, the first as the widget reads it (`type` in any case, as CSS matches it). */
function inlineJson(element: Element): string | undefined {
  const script = childElements(element).find(
    (child) =>
      child.tagName === 'script' &&
      child.attrs.some((a) => a.name === 'type' && a.value.toLowerCase() === 'application/json'),
  );
  return script?.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
}

/**
 * `source` with every widget tag filled, in the language `locale` or else that of its `<html lang>` (`stylesheets`:
 * see RenderOptions in server.ts), and per widget tag what happened to it. `server` is `ketamine-widgets/server` itself (see renderPage in server.ts).
 */
export async function fillPage(
  source: string,
  server: ShadowRootRenderer,
  { locale: given, stylesheets }: { locale?: string; stylesheets?: string } = {},
): Promise<RenderedPage> {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const all = [...pageElements(document, { intoTemplates: true })];
  const locale = given ?? pageLanguage(all);
  const inserts: { at: number; text: string }[] = [];
  const report: PageWidgetReport[] = [];
  for (const element of all) {
    if (!server.WIDGET_TAGS.includes(element.tagName)) continue;
    const line = element.sourceCodeLocation?.startLine;
    const why = leftToBrowser(element);
    if (why) {
      report.push({ tag: element.tagName, line, filled: false, why });
      continue;
    }
    const attributes = Object.fromEntries(element.attrs.map((a) => [a.name, a.value]));
    const slots = element.childNodes.flatMap((child) =>
      'attrs' in child ? child.attrs.filter((a) => a.name === 'slot').map((a) => a.value) : [],
    );
    let shadow: string | undefined;
    try {
      const json = inlineJson(element);
      shadow = await server.renderShadowRoot(element.tagName, attributes, { locale, slots, json, stylesheets });
    } catch (error) {
      if (!(error instanceof KetamineContentError)) throw error;
      report.push({ tag: element.tagName, line, filled: false, why: 'invalid content', error: error.message });
      continue;
    }
    if (shadow === undefined) {
      report.push({ tag: element.tagName, line, filled: false, why: 'content only the browser can show' });
      continue;
    }
    inserts.push({ at: element.sourceCodeLocation!.startTag!.endOffset, text: shadow });
    report.push({ tag: element.tagName, line, filled: true });
  }
  let page = source;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) page = page.slice(0, at) + text + page.slice(at);
  return { page, locale, report };
}
