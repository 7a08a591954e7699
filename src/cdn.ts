/**
 * The CDN bundle (`ketamine-widgets.js`), the one script tag of the README:
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
  void load(document);
  // Widgets added later (a page builder, a single-page app) load on arrival: one query per widget not yet
  // loaded and mutation batch, none once every widget is (the observer stays, to retry a failed load).
  new MutationObserver(() => {
    const pending = WIDGET_NAMES.filter((name) => !loading.has(name));
    if (pending.length) void load(document, pending);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

/** Where the package keeps this file: package.json's `jsdelivr`, `unpkg` and `browser` fields point here too. */
const PACKAGE_FILE = 'dist/cdn/ketamine-widgets.js';
/** A CDN's short address of the package (`…/npm/ketamine-widgets@0.1`, `…/ketamine-widgets`): no file name. */
const SHORT_ADDRESS = /\/ketamine-widgets(?:@[^/]*)?\/?$/;

/**
 * The address the widget chunks import this file by (beside their folder), when it is not the one it
 * arrived at. With a query or fragment (WordPress's `?ver=`, a cache-buster): the same address without
 * it. At a CDN's short address (jsDelivr answers there with the package's default file itself, so
 * `./chunks/` would resolve beside the package's name): the full address of this version.
 */
function canonicalAddress(loaded: URL): URL | null {
  const address = new URL(loaded.href);
  address.search = address.hash = '';
  if (SHORT_ADDRESS.test(address.pathname)) {
    address.pathname = address.pathname.replace(SHORT_ADDRESS, `/ketamine-widgets@${VERSION}/${PACKAGE_FILE}`);
  }
  return address.href === loaded.href ? null : address;
}

/**
 * Whether the browser fetched this file by the address it runs at. Then the widget chunks, which import
 * that address, get this very copy. Not after a redirect (unpkg's short address): the browser keeps the
 * module under the address asked for, and Resource Timing names that one.
 */
const fetchedAt = (url: string): boolean => performance.getEntriesByName(url, 'resource').length > 0;

// The copy that starts is the one the widget chunks import (a second copy would not follow the page's
// language or the global API). Fetched by its canonical address, that is this one, started at once. Else
// this one imports the canonical address: the same copy again a moment later when only Resource Timing
// was silent, or the copy that will be the chunks', which starts instead.
const canonical = canonicalAddress(new URL(import.meta.url));
if (!canonical && fetchedAt(import.meta.url)) start();
else {
  const address = canonical?.href ?? import.meta.url;
  import(/* @vite-ignore */ address).then(
    (copy: { start?: () => void }) => copy.start?.(),
    (error: unknown) => console.error(`ketamine-widgets: could not load ${address}.`, error),
  );
}
