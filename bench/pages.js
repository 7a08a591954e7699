// The pages the benchmark loads: the same content three ways (the widgets,
// static HTML with the widgets' own CSS, one iframe per widget), written to
// bench/.pages/ (git-ignored) and served with the rest of the repository.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { WIDGETS, tagOf } from '../scripts/lib/widgets.js';

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

/** One widget with its example attributes and the given bundle, nothing else (time to first rendered widget). */
export function oneWidgetPage(element, bundle) {
  return page(
    `one ${element.tag}`,
    `<script type="module" src="${bundle}"></script>`,
    tagHtml(element.tag, element.attributes(0)),
  );
}

/** The demo page with the given bundle in place of its own (\`blocking="render"\` kept), served from bench/.pages/. */
export function demoWithBundle(bundle) {
  const demo = readFileSync('demo/index.html', 'utf8');
  const own = 'src="../dist/cdn/ketamine-widgets.js"';
  if (!demo.includes(own)) throw new Error(`demo/index.html: no ${own}`);
  return demo.replace(own, `src="${bundle}"`).replace('<head>', '<head>\n    <base href="/demo/" />');
}

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

/**
 * The widgets' output as static HTML: each widget's rendered shadow DOM, with
 * its CSS once in the head (\`:host\` becomes the wrapper's class).
 */
export function staticPage(element, count, snapshot) {
  const css = snapshot.css
    .replace(/:host\(([^)]*(?:\([^)]*\))?[^)]*)\)/g, '.widget-host$1')
    .replace(/:host\b/g, '.widget-host');
  const bodies = snapshot.widgets
    .slice(0, count)
    .map(({ attributes, html }) => `<div class="widget-host"${attributeText(attributes)}>${html}</div>`)
    .join('\n');
  return page(`${count} static copies`, `<style>${css}</style>`, `${bodies}\n<script>${MARK_DONE}</script>`);
}

/**
 * Renders `count` widgets in the browser and keeps what the static and iframe
 * pages need: each one's markup (without Lit's comment markers), its height,
 * and the CSS of the element.
 */
export async function snapshotWidgets(browser, origin, element, count) {
  writePage(`widgets-${element.tag}-${count}.html`, widgetsPage(element, count));
  const page = await browser.newPage();
  await page.goto(`${origin}/${PAGES_DIR}/widgets-${element.tag}-${count}.html`);
  await page.waitForFunction(() => window.benchDone);
  const snapshot = await page.evaluate((tag) => {
    const widgets = [...document.querySelectorAll(tag)];
    const css = widgets[0].shadowRoot.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    return {
      css,
      widgets: widgets.map((widget) => ({
        attributes: Object.fromEntries([...widget.attributes].map((a) => [a.name, a.value])),
        html: widget.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, ''),
        height: Math.ceil(widget.getBoundingClientRect().height),
      })),
    };
  }, element.tag);
  await page.close();
  return snapshot;
}

/**
 * The demo page as Firefox sees it: \`blocking="render"\` ignored, so only the
 * README's reserved room keeps the page still while the script loads.
 */
export function demoWithoutRenderBlocking() {
  const demo = readFileSync('demo/index.html', 'utf8');
  if (!demo.includes(' blocking="render"')) throw new Error('demo/index.html: the script has no blocking="render"');
  return demo.replace(' blocking="render"', '').replace('<head>', '<head>\n    <base href="/demo/" />');
}

export function resetPages() {
  rmSync(PAGES_DIR, { recursive: true, force: true });
  mkdirSync(PAGES_DIR, { recursive: true });
}

export function writePage(name, html) {
  writeFileSync(`${PAGES_DIR}/${name}`, html);
}
