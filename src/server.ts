/**
 * The server entry (`ketamine-widgets/server`, Node only): renders a widget's built-in content to HTML with
 * Lit's own server renderer (@lit-labs/ssr), through the same registry, classes and templates as the browser.
 * The result is the widget's tag holding a declarative shadow root (`<template shadowrootmode="open">`), so its
 * first view and its details are in the page's HTML before any script runs; the script, when it comes, replaces
 * that content with its own render (see KetamineElement's createRenderRoot).
 *
 * Built-in content, chosen by attributes, renders here, and so does a clinic's inline JSON (`options.json`),
 * checked by the browser's own validation with the widget's own schema. A widget that would show its error panel
 * (invalid JSON, an unknown study id) is refused with a KetamineContentError that says what the browser's console
 * would; one that would show a placeholder is returned as the plain tag, for the browser to render.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { WIDGETS, WIDGET_NAMES, type WidgetName } from './widgets.js';
import { setLocale } from './localization/localization.js';
import { needMessages } from './localization/messages.js';
import { SUPPORTED_LOCALES, resolveLocale, textDirection } from './localization/locales.js';
import { withServerContext } from './internal/server-context.js';
import type { ContentIssue } from './schema/content-issue.js';
import { fillPage, type RenderedPage } from './server/render-page.js';
import { medicalWebPage, type PageWidget, type StructuredData } from './server/structured-data.js';
import { insertStructuredData, type PageWithStructuredData } from './server/page-structured-data.js';
import { KetamineContentError } from './server/content-error.js';
import { linkStylesheet, styleText } from './server/stylesheets.js';

export { SUPPORTED_LOCALES, resolveLocale, textDirection, KetamineContentError };
export type { PageWidgetReport, RenderedPage } from './server/render-page.js';
export { jsonLdScript } from './server/structured-data.js';
export type { PageWidget, StructuredData, PageWithStructuredData };

type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

export interface RenderOptions {
  /** Any BCP 47 tag (`es-MX` renders `es`); unknown or absent: English. */
  locale?: string;
  /** Named slots the page fills with its own children (e.g. `['actions']`), so their wrappers show. */
  slots?: readonly string[];
  /**
   * The text of the widget's inline `<script type="application/json">` child (clinic content), which renders as
   * the browser would render it; `renderWidget` puts the child back in the tag, for the browser to read again.
   */
  json?: string;
  /**
   * Where the widgets' stylesheets are (`https://…` or a path, e.g. `/assets/ketamine-widgets/`): each shadow
   * root links to `ketamine-<name>.css` there instead of holding a `<style>`, for a Content-Security-Policy
   * without `'unsafe-inline'`. The build writes the files beside the CDN bundle (dist/cdn/).
   */
  stylesheets?: string;
}

/** The tags this entry renders: `ketamine-<name>` for every widget of the registry. */
export const WIDGET_TAGS: readonly string[] = WIDGET_NAMES.map((name) => `ketamine-${name}`);

const ATTRIBUTE_NAME = /^[a-z_:][-a-z0-9_:.]*$/i;

const widgetOf = (tag: string): WidgetName | undefined => {
  const name = tag.toLowerCase().replace(/^ketamine-/, '');
  return tag.toLowerCase().startsWith('ketamine-') && name in WIDGETS ? (name as WidgetName) : undefined;
};
function widgetNamed(tag: string): WidgetName {
  const name = widgetOf(tag);
  if (!name) throw new TypeError(`ketamine-widgets/server: <${tag}> is not a widget (${WIDGET_TAGS.join(', ')})`);
  return name;
}

/** An attribute list as the page would write it (names checked, values quoted with `&` and `"` escaped). */
function openTagAttributes(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes)
    .map(([name, value]) => {
      if (!ATTRIBUTE_NAME.test(name))
        throw new TypeError(`ketamine-widgets/server: "${name}" is not an attribute name`);
      return ` ${name}="${String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    })
    .join('');
}

/** One render at a time: the locale of the widgets is global while a render runs. */
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<R>(task: () => Promise<R>): Promise<R> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * @lit/localize announces a locale change on `window`, which Node has not: an event target stands in while the
 * change runs (and is removed after, so no other code of the server takes Node for a browser).
 */
async function switchLocale(locale: string, name: WidgetName): Promise<void> {
  const g = globalThis as { window?: unknown };
  const stands = g.window === undefined;
  if (stands) g.window = new EventTarget();
  try {
    await setLocale(locale);
    await needMessages(name, locale);
  } finally {
    if (stands) delete g.window;
  }
}

const elementsOf = (nodes: readonly ChildNode[]): Element[] =>
  nodes.flatMap((node) => ('tagName' in node ? [node, ...elementsOf(node.childNodes)] : []));
const templateContent = (element: Element): ChildNode[] =>
  element.tagName === 'template' ? (element as DefaultTreeAdapterMap['template']).content.childNodes : [];
const descendants = (nodes: readonly ChildNode[]): Element[] =>
  elementsOf(nodes).flatMap((element) => [element, ...descendants(templateContent(element))]);

/** Whether a rendered shadow root shows a placeholder, which only the browser can finish. */
const showsPlaceholder = (shadow: Element): boolean =>
  descendants(templateContent(shadow)).some((element) =>
    element.attrs.some((attr) => attr.name === 'aria-busy' && attr.value === 'true'),
  );

/**
 * The inline JSON child as `renderWidget` writes it back (none without JSON): `<` as `\u003c`, so no text closes
 * the script early (valid JSON has `<` only inside its strings, where both read the same).
 */
const jsonChild = (json: string | undefined): string =>
  json === undefined ? '' : `<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`;

/** The check the browser makes of an inline JSON child, with the widget's schema, loaded ahead of the render. */
async function jsonValidation(name: WidgetName, json: string) {
  const [{ validateContent }, schema] = await Promise.all([
    import('./schema/validate.js'),
    WIDGETS[name].content.schema(),
  ]);
  return { text: json, validate: () => validateContent(schema, { json }) };
}

/**
 * The widget's declarative shadow root alone, `<template shadowrootmode="open">…</template>`, to place as the
 * first child of the page's own tag (which keeps its inline JSON child); `undefined` when the browser must
 * render the widget, a KetamineContentError when it would show its error panel (see above).
 */
export function renderShadowRoot(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  options: RenderOptions = {},
): Promise<string | undefined> {
  return renderBoth(tag, attributes, options).then((rendered) => rendered?.shadow);
}

/**
 * The widget's element, `<ketamine-…>` with its attributes (those it reflects added), its declarative shadow
 * root holding the first view and the details, in `options.locale`, and its inline JSON child if given. The
 * plain tag when the browser must render it; a KetamineContentError when it would show its error panel.
 */
export async function renderWidget(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  options: RenderOptions = {},
): Promise<string> {
  const rendered = await renderBoth(tag, attributes, options);
  return rendered?.element ?? `<${tag}${openTagAttributes(attributes)}>${jsonChild(options.json)}</${tag}>`;
}

/** A widget's CSS, as the renderer inlines it: what `dist/cdn/ketamine-<name>.css` holds (see `stylesheets`). */
export async function widgetStylesheet(tag: string): Promise<string> {
  const name = widgetNamed(tag);
  await WIDGETS[name].define();
  return styleText(`ketamine-${name}`);
}

/**
 * Lit's server renderer marks each template part for hydration (`<!--lit-part …-->`, `<!--lit-node 3-->`, `<?>`).
 * The client here renders afresh rather than hydrating (see KetamineElement's createRenderRoot), so
 * the markers go: about a third of the bytes, and thousands of comment nodes the browser would parse for nothing.
 * Clinic text never holds a comment (Lit escapes `<` in text and attributes).
 */
const withoutHydrationMarkers = (html: string): string =>
  html.replace(/<!--(?:\/?lit-part[^>]*|lit-node \d+)-->|<\?>/g, '');

async function renderBoth(
  tag: string,
  attributes: Readonly<Record<string, string>>,
  options: RenderOptions,
): Promise<{ element: string; shadow: string } | undefined> {
  const name = widgetNamed(tag);
  const attrs = openTagAttributes(attributes);
  const locale = resolveLocale(options.locale);
  await WIDGETS[name].define();
  const inlineJson = options.json === undefined ? undefined : await jsonValidation(name, options.json);
  return oneAtATime(async () => {
    await switchLocale(locale, name);
    const tagName = unsafeStatic(`ketamine-${name}`);
    let issues: readonly ContentIssue[] | undefined;
    const rendered = withServerContext(
      { slots: new Set(options.slots), inlineJson, reportIssues: (reported) => (issues = reported) },
      () =>
        // static-html: the tag and the attributes are static parts of the template, not bindings.
        // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
        collectResultSync(render(html`<${tagName}${unsafeStatic(attrs)}></${tagName}>`)),
    );
    if (issues) throw new KetamineContentError(`ketamine-${name}`, issues);
    const plain = withoutHydrationMarkers(rendered);
    const styled = options.stylesheets ? linkStylesheet(plain, `ketamine-${name}`, options.stylesheets) : plain;
    const host = elementsOf(parseFragment(styled, { sourceCodeLocationInfo: true }).childNodes)[0];
    const shadow = host?.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'template');
    const at = shadow?.sourceCodeLocation;
    const end = host?.sourceCodeLocation?.endTag?.startOffset;
    if (!shadow || !at || end === undefined || showsPlaceholder(shadow)) return undefined;
    return {
      element: styled.slice(0, end) + jsonChild(options.json) + styled.slice(end),
      shadow: styled.slice(at.startOffset, at.endOffset),
    };
  });
}

/**
 * A whole page (HTML text) with every `ketamine-*` tag holding its pre-rendered shadow root (clinic JSON children
 * included), in `options.locale` or else the page's `<html lang>`; every other byte stays as it was. Tags the browser must
 * render stay as written; `report` says which and why, with the console's message for invalid content.
 */
export function renderPage(
  source: string,
  options: Pick<RenderOptions, 'locale' | 'stylesheets'> = {},
): Promise<RenderedPage> {
  return fillPage(source, { WIDGET_TAGS, renderShadowRoot }, options);
}

/**
 * The schema.org structured data (JSON-LD) of a page's widgets, in `options.locale`: a `MedicalWebPage` with the
 * content's last-reviewed date, a `MedicalTrial` per evidence card and the studies' articles as its citations
 * (src/server/structured-data.ts); `undefined` when no widget shows built-in content. `jsonLdScript` writes it
 * as a script element.
 */
export function structuredData(
  widgets: readonly PageWidget[],
  options: Pick<RenderOptions, 'locale'> = {},
): Promise<StructuredData | undefined> {
  const locale = resolveLocale(options.locale);
  return oneAtATime(async () => {
    await switchLocale(locale, 'evidence-card');
    return medicalWebPage(widgets, locale, WIDGET_TAGS);
  });
}

/**
 * A page (HTML text) with the structured data of its widgets as one `<script type="application/ld+json">`, in
 * `options.locale` or else its `<html lang>`: in its `<head>`, else before its first widget. A page that already has it
 * stays as it was.
 */
export function addStructuredData(
  source: string,
  options: Pick<RenderOptions, 'locale'> = {},
): Promise<PageWithStructuredData> {
  return insertStructuredData(
    source,
    WIDGET_TAGS,
    (widgets, locale) => structuredData(widgets, { locale }),
    options.locale,
  );
}
