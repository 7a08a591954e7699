// WCAG: 1.4.13, 3.1.2
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { setLocale } from '../../src/index.js';
import { WIDGET_NAMES, tagOf } from '../../src/widgets.js';
import { registryWidget } from '../support/registry-widget.js';
import { hasOwnText, nameOf, shadowElements, shown } from '../support/a11y-frame.js';
import '../support/defined.js';

/**
 * Content on hover or focus (1.4.13) and language of parts (3.1.2), for every widget of the registry
 * (docs/accessibility-tests.md).
 */

/** Declarations that can show or hide content. */
const SHOWS_OR_HIDES =
  /^(display|visibility|position|clip|clip-path|opacity|content|overflow|width|height|inline-size|block-size)$/;

/** The style rules of a widget that show or hide something on hover or focus (focus rings apart). */
function hoverOrFocusRules(el: Element): string[] {
  const found: string[] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule && /:hover|:focus(?!-visible)/.test(rule.selectorText)) {
        if ([...rule.style].some((property) => SHOWS_OR_HIDES.test(property))) found.push(rule.selectorText);
      }
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of el.shadowRoot!.adoptedStyleSheets) visit(sheet.cssRules);
  return [...new Set(found)];
}

/** The centre of an element's box, in the test page's CSS pixels, as sendMouse takes it. */
const centreOf = (el: Element): [number, number] => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

describe('content on hover or focus (1.4.13)', () => {
  afterEach(() => resetMouse());

  it("only <ketamine-evidence-summary>'s chart shows content on hover or focus: each row's reading", async () => {
    const found: string[] = [];
    for (const name of WIDGET_NAMES) {
      const el = await registryWidget(name, { expanded: true });
      found.push(...hoverOrFocusRules(el).map((selector) => `<${tagOf(name)}> ${selector}`));
      el.remove();
    }
    expect(found).to.deep.equal(['<ketamine-evidence-summary> .row:not(:focus, :hover) .reading']);
  });

  it("the chart's reading stays while hovered or focused, can be hovered itself, and covers nothing", async () => {
    const el = await registryWidget('evidence-summary', { expanded: true });
    try {
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row')];
      expect(rows.length, 'chart rows').to.be.greaterThan(0);
      for (const row of rows) {
        const reading = row.querySelector('.reading')!;
        expect(shown(reading), 'hidden before hover or focus').to.equal(false);

        row.focus();
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect(shown(reading), 'shown on focus, still after a second').to.equal(true);
        // Not obscuring anything, it needs no way to dismiss it: no other text sits under it.
        const own = (e: Element) => e === reading || e.contains(reading) || reading.contains(e);
        const box = reading.getBoundingClientRect();
        const covered = shadowElements(el)
          .filter((e) => !own(e) && hasOwnText(e) && shown(e))
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return (
              Math.min(r.right, box.right) - Math.max(r.left, box.left) > 1 &&
              Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top) > 1
            );
          });
        expect(covered.map(nameOf), 'text under the reading').to.deep.equal([]);
        row.blur();
        expect(shown(reading), 'hidden again when focus leaves').to.equal(false);
      }

      const [row] = rows;
      const reading = row!.querySelector('.reading')!;
      row!.scrollIntoView({ block: 'center' });
      await sendMouse({ type: 'move', position: centreOf(row!) });
      expect(shown(reading), 'shown on hover').to.equal(true);
      await sendMouse({ type: 'move', position: centreOf(reading) });
      expect(shown(reading), 'stays while the pointer is on it').to.equal(true);
    } finally {
      el.remove();
    }
  });
});

describe('language of parts (3.1.2)', () => {
  afterEach(() => setLocale('en'));

  /** Each text node of the widget, whitespace folded, with the language of the element around it. */
  const texts = (el: Element) =>
    shadowElements(el).flatMap((parent) =>
      [...parent.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')
        .map((n) => ({
          text: n.textContent!.replace(/\s+/g, ' ').trim(),
          lang: (parent.closest('[lang]') as HTMLElement).lang,
        })),
    );
  /** Four or more words: a sentence or a title, not a name, a number or "et al.". */
  const sentence = (text: string) => (text.match(/\p{L}{2,}/gu) ?? []).length >= 4;

  for (const name of WIDGET_NAMES) {
    for (const locale of ['es', 'de', 'ar']) {
      it(`<${tagOf(name)}> in ${locale}: every text left in English (citations as published) is marked lang="en"`, async () => {
        const el = await registryWidget(name, { expanded: true });
        try {
          const english = new Set(texts(el).map((t) => t.text));
          await setLocale(locale);
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(locale);
          const unmarked = texts(el).filter((t) => sentence(t.text) && english.has(t.text) && !/^en\b/.test(t.lang));
          expect(unmarked.map((t) => `${t.lang}: ${t.text.slice(0, 60)}`)).to.deep.equal([]);
        } finally {
          el.remove();
        }
      });
    }
  }
});
