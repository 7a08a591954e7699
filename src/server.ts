/**
 * The server entry (`ketamine-widgets/server`, Node only): renders a widget's built-in content to HTML with
 * Lit's own server renderer (@lit-labs/ssr), through the same registry, classes and templates as the browser.
 * The result is the widget's tag holding a declarative shadow root (`<template shadowrootmode="open">`), so its
 * first view and its details are in the page's HTML before any script runs; the script, when it comes, replaces
 * that content with its own render (see KetamineElement's createRenderRoot).
 *
 * Only built-in content, chosen by attributes, renders here. A widget whose content needs the browser (clinic
 * JSON in a child or a property, an unknown study id, anything shown as an error panel or a placeholder) is
 * returned as the plain tag, unchanged, for the browser to render.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { WIDGETS, WIDGET_NAMES, type WidgetName } from './widgets.js';
import { setLocale } from './localization/localization.js';
import { needMessages } from './localization/messages.js';
import { SUPPORTED_LOCALES, resolveLocale, textDirection } from './localization/locales.js';
import { withServerSlots } from './internal/server-context.js';
import { linkStylesheet, styleText } from './server/stylesheets.js';

export { SUPPORTED_LOCALES, resolveLocale, textDirection };

type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

export interface RenderOptions {
  /** Any BCP 47 tag (`es-MX` renders `es`); unknown or absent: English. */
  locale?: string;
  /** Named slots the page fills with its own children (e.g. `['actions']`), so their wrappers show. */
  slots?: readonly string[];
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

/** Whether a rendered shadow root shows what only the browser can finish: an error panel or a placeholder. */
function needsBrowser(shadow: Element): boolean {
  return descendants(templateContent(shadow)).some((element) =>
    element.attrs.some(
      (attr) =>
        (attr.name === 'part' && attr.value.split(/\s+/).includes('error')) ||
        (attr.name === 'aria-busy' && attr.value === 'true'),
    ),
  );
}

/**
 * The widget's declarative shadow root alone, `<template shadowrootmode="open">…</template>`, to place as the
 * first child of the page's own tag; `undefined` when the browser must render the widget (see above).
 */
export function renderShadowRoot(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  options: RenderOptions = {},
): Promise<string | undefined> {
  return renderBoth(tag, attributes, options).then((rendered) => rendered?.shadow);
}

/**
 * The widget's element, `<ketamine-…>` with its attributes (those it reflects added) and its declarative shadow
 * root holding the first view and the details, in `options.locale`. The plain tag, unchanged, when the browser
 * must render it (clinic content, an unknown study id: see above).
 */
export async function renderWidget(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  options: RenderOptions = {},
): Promise<string> {
  const rendered = await renderBoth(tag, attributes, options);
  return rendered?.element ?? `<${tag}${openTagAttributes(attributes)}></${tag}>`;
}

/** A widget's CSS, as the renderer inlines it: what `dist/cdn/ketamine-<name>.css` holds (see `stylesheets`). */
export async function widgetStylesheet(tag: string): Promise<string> {
  const name = widgetNamed(tag);
  await WIDGETS[name].define();
  return styleText(`ketamine-${name}`);
}

async function renderBoth(
  tag: string,
  attributes: Readonly<Record<string, string>>,
  options: RenderOptions,
): Promise<{ element: string; shadow: string } | undefined> {
  const name = widgetNamed(tag);
  const attrs = openTagAttributes(attributes);
  const locale = resolveLocale(options.locale);
  await WIDGETS[name].define();
  return oneAtATime(async () => {
    await switchLocale(locale, name);
    const tagName = unsafeStatic(`ketamine-${name}`);
    const rendered = withServerSlots(options.slots ?? [], () =>
      // static-html: the tag and the attributes are static parts of the template, not bindings.
      // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
      collectResultSync(render(html`<${tagName}${unsafeStatic(attrs)}></${tagName}>`)),
    );
    const element = options.stylesheets ? linkStylesheet(rendered, `ketamine-${name}`, options.stylesheets) : rendered;
    const host = elementsOf(parseFragment(element, { sourceCodeLocationInfo: true }).childNodes)[0];
    const shadow = host?.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'template');
    const at = shadow?.sourceCodeLocation;
    if (!shadow || !at || needsBrowser(shadow)) return undefined;
    return { element, shadow: element.slice(at.startOffset, at.endOffset) };
  });
}
