import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { WIDGET_NAMES } from '../../src/widgets.js';
import { openPrerendered, styled, type PrerenderedPage } from '../support/prerendered-page.js';

/**
 * Every widget pre-rendered by the server renderer, in a frame sandboxed without `allow-scripts`: no script of
 * the page runs (the library's never does), yet the HTML parser attaches the declarative shadow roots. The
 * widgets' first view shows, styled by the `<style>` the renderer put in each shadow root, and their
 * disclosures (native `<details>`) open on a real click.
 */

/** The first view's lines: headings, disclosure toggles, key lines and the disclaimer, outside closed details. */
const FIRST_VIEW =
  '[role="heading"], h1, h2, h3, h4, h5, h6, summary, [part~="disclaimer"], [part~="intro"], [part~="headline"], [part~="key-fact"]';

/** The comparison's two renderings of one content (table or cards, by the widget's width): one shows. */
const ALTERNATIVE_VIEWS = '[part~="scroller"], [part~="cards"]';

/** Whether `el` is in the first view by the markup: no closed disclosure holds it, other than in its summary. */
function outsideClosedDetails(el: Element): boolean {
  for (let node: Element | null = el; node?.parentElement; node = node.parentElement) {
    const parent = node.parentElement;
    if (parent.localName === 'details' && !(parent as HTMLDetailsElement).open && node.localName !== 'summary')
      return false;
  }
  return true;
}

function firstViewLines(root: ShadowRoot): HTMLElement[] {
  const hiddenView = [...root.querySelectorAll(ALTERNATIVE_VIEWS)].filter((view) => !shows(view));
  return [...root.querySelectorAll<HTMLElement>(FIRST_VIEW)].filter(
    (el) =>
      outsideClosedDetails(el) && !hiddenView.some((view) => view.contains(el)) && (el.textContent ?? '').trim() !== '',
  );
}

const shows = (el: Element): boolean => {
  const box = el.getBoundingClientRect();
  return el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 0 && box.height > 0;
};

/**
 * A real click (the browser's own input, not a script's event) on `el`, an element of the frame: at a point of
 * its box where it, not a link inside it (a footnote in the safety facts' summaries), is hit.
 */
async function click(page: PrerenderedPage, el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const box = el.getBoundingClientRect();
  const root = el.getRootNode() as ShadowRoot;
  const points: [number, number][] = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 8, box.top + 8],
    [box.right - 8, box.top + 8],
  ];
  const [x, y] =
    points.find(([px, py]) => {
      const hit = root.elementFromPoint(px, py);
      return hit && el.contains(hit) && !hit.closest('a');
    }) ?? points[0]!;
  const frame = page.frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(frame.left + x), Math.round(frame.top + y)] });
}

for (const locale of ['en', 'ar']) {
  describe(`pre-rendered widgets without JavaScript (${locale})`, () => {
    let page: PrerenderedPage;
    before(async () => {
      page = await openPrerendered({ locale, sandbox: 'allow-same-origin' });
    });
    after(() => page.remove());

    it('runs no script: the page’s own scripts are blocked and no widget is defined', () => {
      expect(page.win.embedProbe, 'probe.js did not run').to.equal(undefined);
      expect(page.win.takeOver).to.equal(undefined);
      for (const name of WIDGET_NAMES) expect(page.win.customElements.get(`ketamine-${name}`)).to.equal(undefined);
    });

    it('gives a comparison table of two therapies the width of two columns (CSS, no style attribute)', () => {
      const table = page.doc.getElementById('two-therapies')!.shadowRoot!.querySelector('table')!;
      expect(table.hasAttribute('style')).to.equal(false);
      expect(page.win.getComputedStyle(table).getPropertyValue('--_columns').trim()).to.equal('2');
    });

    for (const name of WIDGET_NAMES) {
      it(`${name}: shows its first view, styled, in ${locale === 'ar' ? 'right-to-left Arabic' : 'English'}`, () => {
        const host = page.widget(name);
        const root = host.shadowRoot!;
        expect(styled(host), 'the widget’s CSS applies').to.equal(true);
        const top = root.querySelector('.root')!;
        expect(top.getAttribute('lang')).to.equal(locale);
        expect(page.win.getComputedStyle(top).direction).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        const views = [...root.querySelectorAll(ALTERNATIVE_VIEWS)];
        if (views.length) expect(views.filter(shows).length, 'the table or the cards').to.equal(1);
        const lines = firstViewLines(root);
        expect(lines.length, 'headings, toggles and the disclaimer').to.be.greaterThan(2);
        expect(lines.filter((el) => el.matches('[part~="disclaimer"]')).length).to.equal(1);
        const hidden = lines.filter((el) => !shows(el)).map((el) => el.outerHTML.slice(0, 120));
        expect(hidden, 'first-view lines not shown').to.deep.equal([]);
      });

      it(`${name}: its disclosures open on a click`, async () => {
        const root = page.widget(name).shadowRoot!;
        const closed = [...root.querySelectorAll('details:not([open])')].filter((d) =>
          shows(d.querySelector('summary')!),
        );
        expect(closed.length, 'closed disclosures on show').to.be.greaterThan(0);
        const details = closed[0] as HTMLDetailsElement;
        const inside = [...details.children].find((child) => child.localName !== 'summary')!;
        expect(shows(inside)).to.equal(false);
        await click(page, details.querySelector('summary')!);
        expect(details.open, 'opened by the click').to.equal(true);
        expect(shows(inside), 'its content shows').to.equal(true);
      });
    }
  });
}
