import { expect, waitUntil } from '@open-wc/testing';
import { WIDGET_NAMES, type WidgetName } from '../../src/widgets.js';
import { plain } from '../support/embed-frames.js';
import { differences, measureInside, type Measured } from '../support/embed-layout.js';
import {
  openPrerendered,
  readerText,
  styled,
  type PageOptions,
  type PrerenderedPage,
} from '../support/prerendered-page.js';

/**
 * The CDN bundle taking over every widget of a pre-rendered page (test/fixtures/server/page.html): each widget
 * replaces the server's nodes with its own render of the same text, once, with nothing moving (every element's
 * box and computed style before and after; in Chromium also a `layout-shift` PerformanceObserver, which Firefox
 * and WebKit do not have), a disclosure the reader opened before the script ran still open, a quiet console,
 * and the language switch working afterwards. Once with the styles inlined, once on a page served with the
 * README's strict Content-Security-Policy, its widgets linking their stylesheets (dist/cdn/ketamine-<name>.css).
 */

interface Before {
  text: string;
  layout: Measured[];
  opened: number;
}

/**
 * What only the script adds: the evidence summary's links to the evidence cards on the same page ("Single
 * trials on this page"), inside a condition's closed "More about these results" disclosure.
 */
const SCRIPT_ONLY = '[part~="trials"]';
/** The widget holding the focus while the script takes over. */
const FOCUSED: WidgetName = 'evidence-summary';
const SCRIPT_ONLY_PLACE = '[part~="condition"] [part~="details"]';
/** The same element in a path of measureInside (test/support/embed-layout.ts). */
const SCRIPT_ONLY_PATH = 'p.trials';

/**
 * The widget's inside as measureInside (test/support/embed-layout.ts) gives it, without the pre-rendered `<style>`
 * or `<link>` (the adopted styles replace them), what only the script adds, and elements without a box (in the
 * comparison's hidden view, WebKit keeps the computed style it had before a late stylesheet: nothing shows).
 */
const layoutOf = (host: HTMLElement): Measured[] =>
  measureInside(host).filter(
    ({ path, box }) =>
      !/^(style|link)\b/.test(path) &&
      !path.includes(SCRIPT_ONLY_PATH) &&
      (/::(before|after)$/.test(path) || box.x || box.y || box.width || box.height),
  );

const frames = (win: Window, count = 2): Promise<void> =>
  count
    ? new Promise((resolve) => win.requestAnimationFrame(() => resolve(frames(win, count - 1))))
    : Promise.resolve();

const taken = (host: HTMLElement): boolean =>
  host.matches(':defined') && ![...host.shadowRoot!.children].some((child) => /^(style|link)$/.test(child.localName));

function takeoverSuite(title: string, options: PageOptions): void {
  /** Every element box of the page's light DOM (scripts left out: the takeover adds one), as text. */
  const pageLayout = (win: Window): string[] =>
    [...win.document.body.querySelectorAll('*')]
      .filter((element) => element.localName !== 'script')
      .map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return `${element.localName} ${x},${y} ${width}×${height}`;
      });

  describe(title, () => {
    let page: PrerenderedPage;
    const prerendered = new Map<WidgetName, Before>();
    const shifts: { value: number; sources: string[] }[] = [];
    let observesShifts = false;
    let pageBefore: string[] = [];

    before(async () => {
      page = await openPrerendered(options);
      for (const name of WIDGET_NAMES) {
        const host = page.widget(name);
        await waitUntil(() => styled(host), `${name} is not styled before the script`, { timeout: 5000 });
        // A reader opens the first closed disclosure before the script runs (not one the script adds to).
        const details = host.shadowRoot!.querySelector<HTMLDetailsElement>(
          `details:not([open]):not(:has(${SCRIPT_ONLY_PLACE}))`,
        )!;
        details.open = true;
        const opened = [...host.shadowRoot!.querySelectorAll('details')].indexOf(details);
        prerendered.set(name, { text: readerText(host.shadowRoot!), layout: [], opened });
      }
      // … and moves the keyboard focus to the last disclosure toggle of the last widget.
      const summaries = page.widget(FOCUSED).shadowRoot!.querySelectorAll('summary');
      summaries[summaries.length - 1]!.focus({ preventScroll: true });
      await frames(page.win);
      for (const name of WIDGET_NAMES) {
        const root = page.widget(name).shadowRoot!;
        // A stylesheet that arrives after the first paint (Firefox) sets off the widget's transitions: measured once over.
        await Promise.all(root.getAnimations().map((animation) => animation.finished));
        prerendered.get(name)!.layout = layoutOf(page.widget(name));
      }

      const { PerformanceObserver: Observer } = page.win;
      observesShifts = Observer.supportedEntryTypes.includes('layout-shift');
      const start = page.win.performance.now();
      if (observesShifts) {
        new Observer((list) => {
          for (const entry of list.getEntries() as unknown as {
            value: number;
            startTime: number;
            sources?: { node?: Node }[];
          }[])
            if (entry.startTime >= start)
              shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?') });
        }).observe({ type: 'layout-shift', buffered: true });
      }
      pageBefore = pageLayout(page.win);
      await page.win.takeOver!();
      for (const name of WIDGET_NAMES) {
        const host = page.widget(name);
        await waitUntil(() => taken(host), `${name} was not taken over`, { timeout: 10000 });
        await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      }
      await frames(page.win, 3);
    });
    after(() => page.remove());

    for (const name of WIDGET_NAMES) {
      it(`${name}: the same text, once, where it was`, () => {
        const host = page.widget(name);
        const root = host.shadowRoot!;
        expect(readerText(root, SCRIPT_ONLY)).to.equal(prerendered.get(name)!.text);
        expect(root.querySelectorAll('[part~="base"]').length).to.equal(1);
        expect(root.adoptedStyleSheets.length, 'the adopted styles').to.be.greaterThan(0);
        expect(differences(prerendered.get(name)!.layout, layoutOf(host))).to.deep.equal([]);
      });

      if (name === 'evidence-summary') {
        it(`${name}: adds its links to the evidence card on the page`, () => {
          expect(page.widget(name).shadowRoot!.querySelectorAll(SCRIPT_ONLY).length).to.be.greaterThan(0);
        });
      }

      it(`${name}: the disclosure the reader opened stays open`, () => {
        const all = page.widget(name).shadowRoot!.querySelectorAll('details');
        expect(all[prerendered.get(name)!.opened]!.open).to.equal(true);
        expect([...all].filter((details) => details.open).length).to.equal(1);
      });
    }

    it('keeps the keyboard focus where the reader put it', () => {
      const root = page.widget(FOCUSED).shadowRoot!;
      const summaries = root.querySelectorAll('summary');
      // Compared by place: a failed assertion on elements of the frame would not serialize (the run stalls).
      const focused = [...summaries].indexOf(root.activeElement as HTMLElement);
      expect(focused, 'the last disclosure toggle').to.equal(summaries.length - 1);
    });

    it('nothing on the page moves: every box of the page the same, and no layout shift where the engine reports them', () => {
      // Firefox and WebKit have no layout-shift entries: the page's own boxes (and each widget's, above) stand in.
      expect(pageLayout(page.win)).to.deep.equal(pageBefore);
      if (observesShifts) expect(shifts).to.deep.equal([]);
    });

    it('logs no error or warning, and throws nothing', () => {
      expect(plain(page.win.embedProbe.console)).to.deep.equal({ warn: [], error: [] });
      expect(plain(page.win.embedProbe.errors)).to.deep.equal([]);
    });

    it('switches to Spanish afterwards', async () => {
      await page.win.KetamineWidgets!.setLocale('es');
      for (const name of WIDGET_NAMES) {
        const root = page.widget(name).shadowRoot!;
        await waitUntil(() => root.querySelector('.root')?.getAttribute('lang') === 'es', `${name} is not in Spanish`);
        expect(readerText(root)).not.to.equal(prerendered.get(name)!.text);
        expect(root.querySelectorAll('[part~="base"]').length).to.equal(1);
      }
      expect(plain(page.win.embedProbe.console.error)).to.deep.equal([]);
    });

    if (options.csp === 'strict') {
      it('reports no Content-Security-Policy violation, before or after the takeover', async () => {
        const { before: violations } = await page.win.embedProbe.flushViolations();
        expect(plain(violations)).to.deep.equal([]);
      });
    }
  });
}

takeoverSuite('taking over pre-rendered widgets', {});
takeoverSuite('taking over pre-rendered widgets under the strict CSP, with linked stylesheets', {
  csp: 'strict',
  stylesheets: '/dist/cdn/',
});
