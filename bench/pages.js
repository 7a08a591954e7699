// The pages the benchmark loads: the same content three ways (the widgets,
// static HTML with the widgets' own CSS, one iframe per widget), written to
// bench/.pages/ (git-ignored) and served with the rest of the repository.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { WIDGETS, tagOf } from '../scripts/lib/widgets.js';
import { WIDGET_SELECTOR, allWidgetsRendered } from './measure.js';

export const PAGES_DIR = 'bench/.pages';
const BUNDLE = '/dist/cdn/ketamine-widgets.js';

/**
 * Every widget of the registry (src/widgets.ts), each copy with the registry's example attributes
 * (built-in content, so nothing is fetched but the bundle and its chunks).
 */
export function benchElements() {
  return Object.entries(WIDGETS).map(([name, { example }]) => ({
    name,
    tag: tagOf(name),
    attributes: () => ({ ...example }),
  }));
}

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const attributeText = (attributes) =>
  Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
const tagHtml = (tag, attributes) => `<${tag}${attributeText(attributes)}></${tag}>`;

function page(title, head, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>body { margin: 0 auto; max-width: 48rem; padding: 1rem; font-family: system-ui, sans-serif; } body > * + * { margin-block-start: 1rem; }</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * Records the moment the content is laid out and about to be painted: the
 * next animation frame after a forced layout. Every variant ends with it.
 */
const MARK_DONE = `document.body.offsetHeight; requestAnimationFrame(() => { window.benchDone = performance.now(); });`;

/** Waits until every widget in `root` has rendered its content (not a placeholder). */
const WAIT_FOR_WIDGETS = `
async function widgetsRendered(root, tag) {
  await customElements.whenDefined(tag);
  const widgets = [...root.querySelectorAll(tag)];
  for (;;) {
    await Promise.all(widgets.map((w) => w.updateComplete));
    if (widgets.every((w) => w.shadowRoot.querySelector('[part~="base"]'))) return widgets;
    await new Promise(requestAnimationFrame);
  }
}`;

export function widgetsPage(element, count, bundle = BUNDLE) {
  const tags = Array.from({ length: count }, (_, i) => tagHtml(element.tag, element.attributes(i))).join('\n');
  const script = `<script type="module">${WAIT_FOR_WIDGETS}
await widgetsRendered(document, '${element.tag}');
${MARK_DONE}</script>`;
  return page(`${count} × ${element.tag}`, `<script type="module" src="${bundle}"></script>`, `${tags}\n${script}`);
}

/** The bundle and no widget (the heap measure adds them). */
export function bundleOnlyPage(bundle = BUNDLE) {
  return page('bundle only', `<script type="module" src="${bundle}"></script>`, '');
}

/** One widget with its example attributes and the bundle, nothing else (time to the first widget shown). */
export function oneWidgetPage(element, bundle = BUNDLE) {
  return page(
    `one ${element.tag}`,
    `<script type="module" src="${bundle}"></script>`,
    tagHtml(element.tag, element.attributes(0)),
  );
}

/** demo/index.html, to be served from bench/.pages/ (its links still resolve against demo/). */
const demoPage = () => readFileSync('demo/index.html', 'utf8').replace('<head>', '<head>\n    <base href="/demo/" />');

/** One widget alone, for an iframe: tells the parent when it has rendered. */
export function framedWidgetPage(element) {
  const script = `<script type="module">${WAIT_FOR_WIDGETS}
const tag = '${element.tag}';
const widget = document.createElement(tag);
for (const [name, value] of new URLSearchParams(location.search)) widget.setAttribute(name, value);
document.body.append(widget);
await widgetsRendered(document, tag);
document.body.offsetHeight;
parent.postMessage('bench-rendered', '*');</script>`;
  return page(
    element.tag,
    `<script type="module" src="${BUNDLE}"></script><style>body { padding: 0; } body > * { margin: 0; }</style>`,
    script,
  );
}

/** One iframe per widget, each as tall as the widget rendered (as vendors' embed snippets fix a height). */
export function iframePage(element, count, heights) {
  const frames = Array.from({ length: count }, (_, i) => {
    const query = new URLSearchParams(element.attributes(i)).toString();
    return `<iframe src="frame-${element.tag}.html?${query}" title="${element.tag} ${i + 1}" style="display: block; border: 0; inline-size: 100%; block-size: ${heights[i]}px"></iframe>`;
  }).join('\n');
  const script = `<script>
let rendered = 0;
addEventListener('message', (event) => {
  if (event.data === 'bench-rendered' && ++rendered === ${count}) { ${MARK_DONE} }
});</script>`;
  return page(`${count} iframes`, script, frames);
}

/** One widget's static copy: its rendered shadow DOM in a `div` with the widget's attributes. */
const staticWidget = ({ tag, attributes, html }) =>
  `<div class="widget-host" data-widget="${tag}"${attributeText(attributes)}>${html}</div>`;

/**
 * Each element's CSS for its static copies, in an `@scope` of its copies' `div`s (which keeps one element's
 * rules, `.card`, `.step`…, off another's copies, as its shadow root did): `:host` becomes `:scope`, that `div`.
 */
const staticCss = (css) =>
  Object.entries(css)
    .map(([tag, text]) => {
      const rules = text.replace(/:host\(([^)]*(?:\([^)]*\))?[^)]*)\)/g, ':scope$1').replace(/:host\b/g, ':scope');
      return `@scope ([data-widget="${tag}"]) {\n${rules}\n}`;
    })
    .join('\n');

/**
 * The widgets' output as static HTML: each widget's rendered shadow DOM, with
 * its CSS once in the head.
 */
export function staticPage(element, count, snapshot) {
  const bodies = snapshot.widgets.slice(0, count).map(staticWidget).join('\n');
  return page(
    `${count} static copies`,
    `<style>${staticCss(snapshot.css)}</style>`,
    `${bodies}\n<script>${MARK_DONE}</script>`,
  );
}

/** The demo page as static HTML: no widget script, each widget replaced by its static copy (from its snapshot). */
export function staticDemoPage(snapshot) {
  const script = /<script\b[^>]*\bsrc="[^"]*\/ketamine-widgets\.js"[^>]*><\/script>/;
  const demo = demoPage();
  if (!script.test(demo)) throw new Error('demo/index.html: no script tag of the bundle');
  let next = 0;
  const html = demo
    .replace(script, `<style>${staticCss(snapshot.css)}</style>`)
    .replace(/<(ketamine-[a-z-]+)\b[^>]*>[\s\S]*?<\/\1>/g, (_, tag) => {
      const widget = snapshot.widgets[next++];
      if (widget?.tag !== tag) throw new Error(`demo/index.html: widget ${next} is <${tag}>, its snapshot is not`);
      return staticWidget(widget);
    });
  if (next !== snapshot.widgets.length)
    throw new Error(`demo/index.html: ${next} widgets, ${snapshot.widgets.length} rendered`);
  return html;
}

/**
 * Loads a page of widgets, waits until every one has rendered, and keeps what
 * the static and iframe pages need: each widget's tag, attributes, markup
 * (without Lit's comment markers, its slots filled with what was slotted
 * into them) and height, and each element's CSS.
 */
export async function snapshotWidgets(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await allWidgetsRendered(page);
  const snapshot = await page.evaluate((selector) => {
    const widgets = [...document.querySelectorAll(selector)];
    const css = {};
    for (const widget of widgets) {
      css[widget.localName] ??= widget.shadowRoot.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n');
    }
    const markup = (widget) => {
      const copy = document.createElement('div');
      copy.append(...[...widget.shadowRoot.childNodes].map((node) => node.cloneNode(true)));
      const copies = copy.querySelectorAll('slot');
      widget.shadowRoot.querySelectorAll('slot').forEach((slot, i) => {
        const slotted = slot.assignedNodes();
        if (slotted.length) copies[i].replaceChildren(...slotted.map((node) => node.cloneNode(true)));
      });
      return copy.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
    };
    return {
      css,
      widgets: widgets.map((widget) => ({
        tag: widget.localName,
        attributes: Object.fromEntries([...widget.attributes].map((a) => [a.name, a.value])),
        html: markup(widget),
        height: Math.ceil(widget.getBoundingClientRect().height),
      })),
    };
  }, WIDGET_SELECTOR);
  await page.close();
  return snapshot;
}

/**
 * The demo page as Firefox sees it: \`blocking="render"\` ignored, so only the
 * reserved room of docs/webmasters.md ("No layout shift") keeps the page still while the script loads.
 */
export function demoWithoutRenderBlocking() {
  const demo = demoPage();
  if (!demo.includes(' blocking="render"')) throw new Error('demo/index.html: the script has no blocking="render"');
  return demo.replace(' blocking="render"', '');
}

export function resetPages() {
  rmSync(PAGES_DIR, { recursive: true, force: true });
  mkdirSync(PAGES_DIR, { recursive: true });
}

/** Writes a page to bench/.pages/; returns its URL path. */
export function writePage(name, html) {
  writeFileSync(`${PAGES_DIR}/${name}`, html);
  return `/${PAGES_DIR}/${name}`;
}
