/**
 * The CDN bundle (`ketamine-widgets.js`), the one script tag of the README and docs/webmasters.md:
 * Lit, the shared base and the localization runtime, plus a small loader that
 * fetches a widget's own chunk only when its tag is on the page, now or later.
 * A page with one evidence card downloads no timeline or comparison code.
 */
import { WIDGETS, WIDGET_NAMES, tagOf, type WidgetName } from './widgets.js';
import { installGlobalApi } from './global-api.js';
import { VERSION } from './version.js';

/** Each widget's load, started at most once (again after a failure). */
const loading = new Map<WidgetName, Promise<void>>();

/** Loads the widgets whose tags appear in `root`; resolves when they (and earlier loads of them) are done. */
function discover(root: ParentNode, names: readonly WidgetName[] = WIDGET_NAMES): Promise<void> {
  const loads = names
    .filter((name) => root.querySelector(tagOf(name)))
    .map((name) => {
      let load = loading.get(name);
      if (!load) {
        load = WIDGETS[name].define().then(
          () => undefined,
          (error: unknown) => {
            // Forgotten, so the next tag added to the page tries again.
            loading.delete(name);
            console.error(`ketamine-widgets: could not load <${tagOf(name)}>.`, error);
          },
        );
        loading.set(name, load);
      }
      return load;
    });
  return Promise.all(loads).then(() => undefined);
}

/** Resolves once the next frame has been painted (or 100 ms on, where no frame comes: a page in a background tab). */
const afterFirstPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const later = () => setTimeout(resolve);
    requestAnimationFrame(later);
    setTimeout(resolve, 100);
  });

let started = false;

/** Starts this copy's loader, once. Exported so that the copy at another address can start this one (below). */
export function start(): void {
  if (started) return;
  started = true;
  // A later copy (another version) loads its own chunks too, so that its define() warns naming both
  // versions; always after the first copy's loads, so the first copy's definitions win as before.
  const first = window.KetamineWidgets;
  const load = installGlobalApi({ discover })
    ? discover
    : (root: ParentNode, names?: readonly WidgetName[]) =>
        Promise.resolve(first?.discover?.(root))
          .catch(() => undefined)
          .then(() => discover(root, names));
  // Pre-rendered widgets (src/server.ts) are on show already: their takeover waits until the page has painted,
  // so that the script never holds back the first view of the whole page.
  const prerendered = [...document.querySelectorAll(WIDGET_NAMES.map(tagOf).join(','))].some((w) => w.shadowRoot);
  void (prerendered ? afterFirstPaint() : Promise.resolve()).then(() => load(document));
  // Widgets added later (a page builder, a single-page app) load on arrival: one query per widget not yet
  // loaded and mutation batch, none once every widget is (the observer stays, to retry a failed load).
  new MutationObserver(() => {
    const pending = WIDGET_NAMES.filter((name) => !loading.has(name));
    if (pending.length) void load(document, pending);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// The copy that starts is the one the widget chunks import: they import this file by its plain address
// beside their folder, and a second copy would not follow the page's language or the global API. That
// address drops a query or fragment (WordPress's `?ver=`, a cache-buster), and replaces a CDN's short
// address of the package (`…/npm/ketamine-widgets@0.1`, where jsDelivr sends this file itself) with this
// version's full one: `dist/cdn/ketamine-widgets.js`, where package.json's `jsdelivr`, `unpkg` and
// `browser` fields point. Fetched by that address, as Resource Timing shows, this copy starts at once.
// Otherwise, or after a redirect (unpkg's short address: the browser keeps the module under the address
// asked for), it imports that address: itself again a moment later, or the chunks' copy, which starts.
const canonical = new URL(import.meta.url);
canonical.search = canonical.hash = '';
canonical.pathname = canonical.pathname.replace(
  /\/ketamine-widgets(?:@[^/]*)?\/?$/,
  `/ketamine-widgets@${VERSION}/dist/cdn/ketamine-widgets.js`,
);
if (canonical.href === import.meta.url && performance.getEntriesByName(canonical.href, 'resource').length) start();
else void import(/* @vite-ignore */ canonical.href).then((copy: { start?: () => void }) => copy.start?.());
