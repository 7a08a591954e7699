// WCAG: 1.4.10, 1.4.12, 1.3.4
import { expect } from '@open-wc/testing';
import { WIDGET_NAMES, tagOf } from '../../src/widgets.js';
import { registryWidget } from '../support/registry-widget.js';
import { type A11yFrame, hasOwnText, nameOf, openFrame, shadowElements, shown } from '../support/a11y-frame.js';

/**
 * Reflow (1.4.10), text spacing (1.4.12) and orientation (1.3.4), for every widget of the registry in its first
 * view and with every disclosure open, each in a frame of a real viewport size (docs/accessibility-tests.md).
 */

/** 1,280 × 1,024 CSS px at 400% zoom: the 320-pixel-wide viewport of 1.4.10. */
const ZOOMED = { width: 320, height: 256 };
/** One width, so that only the orientation changes (the widgets' container queries answer to width). */
const PORTRAIT = { width: 480, height: 800 };
const LANDSCAPE = { width: 480, height: 320 };

/** The text-spacing bookmarklet's styles (WCAG 1.4.12's four properties, at their minimums). */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Inside a data table, or the scroller the table scrolls in: the one place 1.4.10 allows two-way scrolling. */
const isTableScroller = (el: Element) => el.localName === 'table' || el.querySelector(':scope > table') !== null;

/** A scroll container (or a clipping box) whose content is wider or taller than its box. */
function overflowing(el: Element, axis: 'x' | 'y'): boolean {
  return axis === 'x' ? el.scrollWidth > el.clientWidth + 1 : el.scrollHeight > el.clientHeight + 1;
}

/** What scrolls sideways or is cut off sideways: the page itself, or a box in the widget (tables apart). */
function sidewaysProblems(frame: A11yFrame, host: Element): string[] {
  const problems: string[] = [];
  const page = frame.doc.scrollingElement!;
  if (page.scrollWidth > frame.win.innerWidth + 1) problems.push(`the page scrolls sideways (${page.scrollWidth}px)`);
  for (const el of shadowElements(host)) {
    if (!shown(el) || isTableScroller(el)) continue;
    const { overflowX } = getComputedStyle(el);
    if (overflowX !== 'visible' && overflowing(el, 'x')) {
      problems.push(`${nameOf(el)}: overflow-x ${overflowX}, ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
  }
  return problems;
}

/** Boxes that clip their text (overflow hidden or clip, content taller or wider than the box). */
function clippedText(host: Element): string[] {
  return shadowElements(host)
    .filter((el) => shown(el) && el.textContent!.trim() !== '')
    .flatMap((el) => {
      const style = getComputedStyle(el);
      return (['x', 'y'] as const)
        .filter((axis) => /hidden|clip/.test(axis === 'x' ? style.overflowX : style.overflowY))
        .filter((axis) => overflowing(el, axis))
        .map((axis) => `${nameOf(el)}: clipped ${axis === 'x' ? 'sideways' : 'at the bottom'}`);
    });
}

/** Whether two boxes overlap by more than a pixel each way. */
const intersect = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** Sibling elements with text whose boxes (one per line for inline ones) overlap. */
function overlappingText(host: Element): string[] {
  const problems: string[] = [];
  const textual = (el: Element) =>
    shown(el) && el.textContent!.trim() !== '' && getComputedStyle(el).position !== 'absolute';
  for (const parent of [host.shadowRoot!, ...shadowElements(host)]) {
    const children = [...parent.children].filter(textual);
    const boxes = children.map((el) => [...el.getClientRects()]);
    for (let i = 0; i < children.length; i++) {
      for (let j = i + 1; j < children.length; j++) {
        if (boxes[i]!.some((a) => boxes[j]!.some((b) => intersect(a, b)))) {
          problems.push(`${nameOf(children[i]!)} overlaps ${nameOf(children[j]!)}`);
        }
      }
    }
  }
  return problems;
}

/** The text a reader sees, as a sorted list of the elements' own texts. */
const visibleText = (host: Element) =>
  shadowElements(host)
    .filter((el) => hasOwnText(el) && shown(el))
    .map((el) => el.textContent!.replace(/\s+/g, ' ').trim())
    .sort();

describe('reflow, text spacing and orientation', () => {
  let frame: A11yFrame;
  before(async () => {
    frame = await openFrame(ZOOMED.width, ZOOMED.height);
  });
  after(() => frame.remove());

  for (const name of WIDGET_NAMES) {
    for (const expanded of [false, true]) {
      const view = expanded ? 'every disclosure open' : 'first view';
      const widget = () => registryWidget(name, { expanded, parent: frame.doc.body });

      it(`1.4.10 <${tagOf(name)}>, ${view}: nothing scrolls or is cut off sideways at 320 CSS px (1,280 px at 400%)`, async () => {
        await frame.resize(ZOOMED.width, ZOOMED.height);
        const el = await widget();
        try {
          expect(sidewaysProblems(frame, el)).to.deep.equal([]);
        } finally {
          el.remove();
        }
      });

      it(`1.4.12 <${tagOf(name)}>, ${view}: with the text-spacing bookmarklet, nothing is clipped or overlaps`, async () => {
        await frame.resize(ZOOMED.width, ZOOMED.height);
        const el = await widget();
        const spacing = new frame.win.CSSStyleSheet();
        spacing.replaceSync(TEXT_SPACING);
        const roots = [el.shadowRoot!, ...shadowElements(el).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
        for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
        try {
          const lineHeight = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).lineHeight;
          expect(lineHeight, 'the bookmarklet applied').to.match(/px$/);
          expect([...clippedText(el), ...overlappingText(el), ...sidewaysProblems(frame, el)]).to.deep.equal([]);
        } finally {
          el.remove();
        }
      });

      it(`1.3.4 <${tagOf(name)}>, ${view}: shows the same text in portrait and landscape`, async () => {
        const el = await widget();
        try {
          await frame.resize(PORTRAIT.width, PORTRAIT.height);
          expect(frame.win.matchMedia('(orientation: portrait)').matches, 'portrait').to.equal(true);
          const portrait = visibleText(el);
          expect(portrait.length, 'text shown in portrait').to.be.greaterThan(0);
          await frame.resize(LANDSCAPE.width, LANDSCAPE.height);
          expect(frame.win.matchMedia('(orientation: landscape)').matches, 'landscape').to.equal(true);
          expect(visibleText(el)).to.deep.equal(portrait);
        } finally {
          el.remove();
        }
      });
    }
  }

  it('1.3.4: no media query of any widget asks for an orientation', async () => {
    const queries: string[] = [];
    const visit = (rules: CSSRuleList, name: string) => {
      for (const rule of rules) {
        if ('media' in rule && (rule as CSSMediaRule).media.mediaText.includes('orientation')) {
          queries.push(`<${name}> @media ${(rule as CSSMediaRule).media.mediaText}`);
        }
        if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules, name);
      }
    };
    for (const name of WIDGET_NAMES) {
      const el = await registryWidget(name, { parent: frame.doc.body });
      for (const sheet of el.shadowRoot!.adoptedStyleSheets) visit(sheet.cssRules, tagOf(name));
      el.remove();
    }
    expect(queries).to.deep.equal([]);
  });
});
