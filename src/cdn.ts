/**
 * The CDN bundle (`ketamine-widgets.js`), the one script tag of the README:
 * Lit, the shared base and the localization runtime, plus a small loader that
 * fetches a widget's own chunk only when its tag is on the page, now or later.
 * A page with one evidence card downloads no timeline or comparison code.
 */
import { WIDGETS, WIDGET_NAMES, tagOf, type WidgetName } from './widgets.js';
import { installGlobalApi } from './global-api.js';

const requested = new Set<WidgetName>();

/** Loads the widgets whose tags appear in `root` and are not loaded yet. */
function discover(root: ParentNode): Promise<void> {
  const loads = WIDGET_NAMES.filter((name) => !requested.has(name) && root.querySelector(tagOf(name))).map((name) => {
    requested.add(name);
    return WIDGETS[name].define().catch((error: unknown) => {
      requested.delete(name);
      console.error(`ketamine-widgets: could not load <${tagOf(name)}>.`, error);
    });
  });
  return Promise.all(loads).then(() => undefined);
}

if (installGlobalApi({ discover })) {
  void discover(document);
  // Widgets added later (a page builder, a single-page app) load on arrival; one query per widget and batch.
  const observer = new MutationObserver(() => {
    void discover(document);
    if (requested.size === WIDGET_NAMES.length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

// Every widget builds on the base element and its controllers (and Lit). Exported so that the bundler keeps
// them in this file, which the page has already loaded, rather than in a further chunk every widget would wait for.
export { KetamineElement } from './internal/ketamine-element.js';
export { ClinicContentController } from './internal/controllers/clinic-content.js';
