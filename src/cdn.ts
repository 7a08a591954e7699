/**
 * The CDN bundle (`ketamine-widgets.js`), the one script tag of the README:
 * Lit, the shared base and the localization runtime, plus a small loader that
 * fetches a widget's own chunk only when its tag is on the page, now or later.
 * A page with one evidence card downloads no timeline or comparison code.
 */
import { WIDGETS, WIDGET_NAMES, tagOf, type WidgetName } from './widgets.js';
import { installGlobalApi } from './global-api.js';

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

function start(): void {
  // A later copy (another version) loads its own chunks too, so that its define() warns naming both
  // versions; always after the first copy's loads, so the first copy's definitions win as before.
  const first = window.KetamineWidgets;
  const load = installGlobalApi({ discover })
    ? discover
    : (root: ParentNode, names?: readonly WidgetName[]) =>
        Promise.resolve(first?.discover?.(root))
          .catch(() => undefined)
          .then(() => discover(root, names));
  void load(document);
  // Widgets added later (a page builder, a single-page app) load on arrival: one query per widget not yet
  // loaded and mutation batch, none once every widget is (the observer stays, to retry a failed load).
  new MutationObserver(() => {
    const pending = WIDGET_NAMES.filter((name) => !loading.has(name));
    if (pending.length) void load(document, pending);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// With a query or fragment on the script's address (WordPress's `?ver=`, a cache-buster) this file is a
// module of its own, while the widget chunks import it by its plain address: two copies, and the chunks'
// copy would not follow the page's language. So such a copy only hands over to the plain address.
const address = new URL(import.meta.url);
if (address.search || address.hash) {
  address.search = address.hash = '';
  void import(/* @vite-ignore */ address.href);
} else {
  start();
}
