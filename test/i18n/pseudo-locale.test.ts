import { expect, waitUntil } from '@open-wc/testing';
import '../support/defined.js';
import { getLocale, setLocale } from '../../src/index.js';
import { settled } from '../support/helpers.js';

/**
 * Every widget in the generated pseudo-locale (en-XA): every visible text node
 * must come out pseudo-localized (⟦…⟧), which proves that nothing visible is
 * hard-coded. And at 320 px nothing may overflow or be clipped.
 */

const WIDGETS = [
  '<ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>',
  '<ketamine-evidence-card study="glue-2020-r107" compact></ketamine-evidence-card>',
  '<ketamine-treatment-timeline current="monitoring"></ketamine-treatment-timeline>',
  '<ketamine-treatment-timeline orientation="horizontal"></ketamine-treatment-timeline>',
  '<ketamine-therapy-comparison highlight="ketamine"></ketamine-therapy-comparison>',
  '<ketamine-how-it-works></ketamine-how-it-works>',
];

/**
 * Text that is rightly not translated, and why:
 * - citations and DOIs: published titles, author names and identifiers stay as published;
 * - numbers, footnote markers and punctuation on their own: not words;
 * - "DOI:": an international identifier label, like ISBN.
 */
const NOT_TRANSLATED = ['.citation', 'bdi', 'cite'];
const NUMBERS_AND_PUNCTUATION = /^[\d\s.,:;()[\]–\-+%↩·]*$/u;
const DOI_LABEL = /^DOI:$/;

/** Visible text nodes that should be translated, split into pseudo-localized and not. */
function visibleText(root: ShadowRoot): { pseudo: string[]; untranslated: string[] } {
  const pseudo: string[] = [];
  const untranslated: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue!.trim();
    const parent = node.parentElement!;
    if (!text || parent.closest('style') || parent.closest(NOT_TRANSLATED.join(','))) continue;
    if (NUMBERS_AND_PUNCTUATION.test(text) || DOI_LABEL.test(text)) continue;
    (/[⟦⟧]/.test(text) ? pseudo : untranslated).push(text);
  }
  return { pseudo, untranslated };
}

/**
 * Opens every disclosure and waits until the content of each is laid out; a disclosure in a layout not
 * shown at this width (the comparison's cards beside its table) has no boxes to wait for.
 */
async function openDisclosures(el: HTMLElement): Promise<void> {
  const details = [...el.shadowRoot!.querySelectorAll('details')];
  details.forEach((d) => (d.open = true));
  const laidOut = (d: HTMLDetailsElement) =>
    d.open &&
    (d.getClientRects().length === 0 ||
      [...d.children].every((child) => child.localName === 'summary' || child.getClientRects().length > 0));
  await waitUntil(() => details.every(laidOut), 'every disclosure open, with its content laid out');
}

/** Guards against checking English text by mistake: every check below is only worth it in en-XA. */
function expectPseudoLocale(el: HTMLElement): void {
  expect(getLocale(), 'the page is in the pseudo-locale').to.equal('en-XA');
  expect(el.shadowRoot!.querySelector('.root')?.getAttribute('lang'), 'the widget renders en-XA').to.equal('en-XA');
  expect(visibleText(el.shadowRoot!).pseudo, 'pseudo-localized text shown').not.to.be.empty;
}

describe('pseudo-locale (en-XA)', () => {
  let container: HTMLDivElement;

  before(async () => {
    expect(await setLocale('en-XA')).to.equal('en-XA');
  });
  after(async () => {
    await setLocale('en');
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  for (const markup of WIDGETS) {
    it(`pseudo-localizes every visible text of ${markup}`, async () => {
      container.innerHTML = markup;
      const el = container.firstElementChild as HTMLElement;
      await settled(el);
      expectPseudoLocale(el);
      // Open every disclosure so hidden details are checked too.
      await openDisclosures(el);
      expect(visibleText(el.shadowRoot!).untranslated).to.deep.equal([]);
    });

    it(`neither overflows nor clips at 320 px: ${markup}`, async () => {
      container.style.width = '320px';
      container.innerHTML = markup;
      const el = container.firstElementChild as HTMLElement;
      await settled(el);
      // Pseudo-localized text is about 40% longer than English: that is what must fit.
      expectPseudoLocale(el);
      await openDisclosures(el);
      const host = el.getBoundingClientRect();
      expect(host.width).to.be.at.most(320);
      const overflowing = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
        .filter((node) => node.getClientRects().length && getComputedStyle(node).display !== 'none')
        .filter((node) => {
          const box = node.getBoundingClientRect();
          const clipped = node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX === 'hidden';
          return box.right > host.right + 1 || box.left < host.left - 1 || clipped;
        })
        .filter((node) => !node.closest('.visually-hidden'))
        .map((node) => `${node.localName}.${node.className}`);
      expect(overflowing).to.deep.equal([]);
    });
  }
});
