// The measurements, each on a fresh browser context (empty cache, no state
// shared with the previous load), as a first-time visitor would see the page.

import { ELEMENTS, tagOf } from '../scripts/lib/widgets.js';

/** Every widget of the registry (src/widgets.ts). */
export const WIDGET_SELECTOR = ELEMENTS.map(tagOf).join(', ');
/** The same, and their static copies (pages.js: `staticPage`, `staticDemoPage`). */
const SHOWN_SELECTOR = `${WIDGET_SELECTOR}, .widget-host`;

async function withFreshPage(browser, viewport, use) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    return await use(page);
  } finally {
    await context.close();
  }
}

/** Resolves once every widget on the page shows its content, however it got there (locale chunk, clinic JSON). */
export const allWidgetsRendered = (page) =>
  page.waitForFunction(
    (selector) => {
      const widgets = [...document.querySelectorAll(selector)];
      return (
        widgets.length > 0 &&
        widgets.every((w) => w.shadowRoot?.querySelector('[part~="base"]') && !w.shadowRoot.querySelector('.loading'))
      );
    },
    { timeout: 60_000, polling: 'raf' },
    WIDGET_SELECTOR,
  );

/** Milliseconds from navigation to the page's own `benchDone` mark (see pages.js). */
export function renderTime(browser, url) {
  return withFreshPage(browser, { width: 1280, height: 800 }, async (page) => {
    await page.goto(url);
    await page.waitForFunction(() => window.benchDone, { timeout: 120_000 });
    return page.evaluate(() => window.benchDone);
  });
}

/**
 * Switches the demo page to `fr` (chunk not yet loaded), back to `en`, then
 * to `fr` again (already loaded), timing each from setLocale() until every
 * widget has re-rendered, and until the page is laid out again.
 */
export function localeSwitch(browser, url) {
  return withFreshPage(browser, { width: 1280, height: 800 }, async (page) => {
    await page.goto(url);
    await allWidgetsRendered(page);
    return page.evaluate(async (selector) => {
      const widgets = [...document.querySelectorAll(selector)];
      const switchTo = async (locale) => {
        const start = performance.now();
        await window.KetamineWidgets.setLocale(locale);
        await Promise.all(widgets.map((w) => w.updateComplete));
        const rendered = performance.now() - start;
        void document.body.offsetHeight; // forces layout
        const laidOut = performance.now() - start;
        const shown = widgets.map((w) => w.shadowRoot.querySelector('.root')?.lang);
        if (shown.some((lang) => lang !== locale)) throw new Error(`not every widget shows ${locale}: ${shown}`);
        return { rendered, laidOut };
      };
      const notLoaded = await switchTo('fr');
      await switchTo('en');
      const loaded = await switchTo('fr');
      return { widgets: widgets.length, notLoaded, loaded };
    }, WIDGET_SELECTOR);
  });
}

/** JS heap (after garbage collection) that 100 more widgets add, once one has warmed up the code. */
export function heapPer100(browser, url, element) {
  return withFreshPage(browser, { width: 1280, height: 800 }, async (page) => {
    await page.goto(url);
    const session = await page.createCDPSession();
    const heap = async () => {
      await session.send('HeapProfiler.collectGarbage');
      return (await session.send('Runtime.getHeapUsage')).usedSize;
    };
    const add = (from, count) =>
      page.evaluate(
        async (tag, list) => {
          const added = list.map((attributes) => {
            const widget = document.createElement(tag);
            for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
            return document.body.appendChild(widget);
          });
          // The CDN bundle loads a widget's chunk once its tag is in the page.
          await customElements.whenDefined(tag);
          await Promise.all(added.map((w) => w.updateComplete));
          if (!added.every((w) => w.shadowRoot.querySelector('[part~="base"]')))
            throw new Error(`${tag} did not render`);
        },
        element.tag,
        Array.from({ length: count }, (_, i) => element.attributes(from + i)),
      );
    await add(0, 1);
    const before = await heap();
    await add(1, 100);
    return (await heap()) - before;
  });
}

export const PHONE = { width: 412, height: 823, isMobile: true, deviceScaleFactor: 1.75 };
export const DESKTOP = { width: 1350, height: 940 };

/** Network and CPU of a mid-range phone (Lighthouse's mobile settings). */
const SLOW_PHONE = { download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8, latency: 150 };

/**
 * Cumulative layout shift of a page load (by default on a phone), from the
 * first paint until every widget has rendered and one more second has passed.
 * `slow`: throttled like a mid-range phone. `lateScript`: the bundle arrives
 * a second after everything else (a slow CDN), so the page is painted first.
 */
export function layoutShift(browser, url, { viewport = PHONE, slow = false, lateScript = false } = {}) {
  return withFreshPage(browser, viewport, async (page) => {
    if (slow) {
      await page.emulateNetworkConditions(SLOW_PHONE);
      await page.emulateCPUThrottling(4);
    }
    if (lateScript) {
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().endsWith('/ketamine-widgets.js')) setTimeout(() => request.continue(), 1000);
        else request.continue();
      });
    }
    await page.evaluateOnNewDocument(() => {
      window.layoutShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.hadRecentInput) {
            const sources = entry.sources.map((s) => s.node?.nodeName ?? '?').join(' ');
            window.layoutShifts.push({ value: entry.value, sources });
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url);
    await allWidgetsRendered(page);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const shifts = await page.evaluate(() => window.layoutShifts);
    return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
  });
}

/**
 * Milliseconds from navigation until the first widget on the page shows its content, and until
 * every one does, checked on every animation frame (so to the frame: about 17 ms), whether the
 * widgets render it or it is in the HTML already (their static copies).
 */
export function firstRender(browser, url) {
  return withFreshPage(browser, { width: 1280, height: 800 }, async (page) => {
    await page.evaluateOnNewDocument((selector) => {
      const shown = (w) => {
        const root = w.shadowRoot ?? w;
        return root.querySelector('[part~="base"]') && !root.querySelector('.loading');
      };
      const check = () => {
        const widgets = [...document.querySelectorAll(selector)];
        const done = widgets.filter(shown).length;
        if (done > 0) window.benchFirst ??= performance.now();
        // Every widget: once the whole page is parsed (a long static page is painted while it is read).
        const parsed = document.readyState !== 'loading';
        if (parsed && widgets.length > 0 && done === widgets.length) window.benchAll = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, SHOWN_SELECTOR);
    await page.goto(url);
    await page.waitForFunction(() => window.benchAll, { timeout: 60_000 });
    return page.evaluate(() => ({ first: window.benchFirst, all: window.benchAll }));
  });
}
