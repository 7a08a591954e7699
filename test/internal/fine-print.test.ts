import '../support/defined.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { WIDGETS, WIDGET_NAMES, tagOf, type WidgetName } from '../../src/widgets.js';
import { captureConsole, settled, textOf } from '../support/helpers.js';
import { expectActionsSlot } from '../support/concise-first.js';

/**
 * What every widget shares at its end (src/internal/widget-footer.ts): the clinic's `actions` slot, the sources
 * behind "Sources (N)", the disclaimer that can never be removed, the review date, `footer="compact"`, and
 * `expanded` and print opening every disclosure.
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean>; expanded: boolean; footer: string };

async function widget(name: WidgetName, attributes: Record<string, string> = {}, children = html``): Promise<Widget> {
  const el = document.createElement(tagOf(name)) as Widget;
  // Attributes and children before the element connects, as a page's HTML gives them.
  for (const [attribute, value] of Object.entries({ ...WIDGETS[name].example, ...attributes })) {
    el.setAttribute(attribute, value);
  }
  render(children, el);
  const stage = await fixture<HTMLElement>(html`<div></div>`);
  stage.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

const part = (el: Widget, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const sources = (el: Widget) => el.shadowRoot!.querySelector<HTMLDetailsElement>('details.sources')!;
const closedDisclosures = (el: Widget) => [...el.shadowRoot!.querySelectorAll('details:not([open])')];

for (const name of WIDGET_NAMES) {
  describe(`<ketamine-${name}> fine print`, () => {
    it('keeps its sources behind a closed "Sources (N)" disclosure that counts them, still in the DOM', async () => {
      const el = await widget(name);
      const list = sources(el);
      expect(list.open).to.be.false;
      const items = list.querySelectorAll('[part~="sources"] > li, [part~="citation"]').length;
      expect(items).to.be.greaterThan(0);
      expect(textOf(part(el, 'sources-toggle'))).to.equal(`Sources (${items})`);
      expect(list.querySelector('[part~="sources"], [part~="citation"]')!.checkVisibility(), 'hidden until opened').to
        .be.false;
      // Named by its summary, for screen readers.
      const labelled = list.querySelector('[aria-labelledby="sources-title"]');
      if (labelled) expect(el.shadowRoot!.getElementById('sources-title')!.localName).to.equal('summary');
    });

    it('opens the sources from the keyboard', async () => {
      const el = await widget(name);
      part(el, 'sources-toggle')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(sources(el).open).to.be.true;
      await sendKeys({ press: ' ' }); // ' ', not 'Space': Firefox's WebDriver BiDi keyboard knows no key named Space
      expect(sources(el).open).to.be.false;
    });

    it('shows every disclosure open with `expanded`, also when set later, and is accessible open and closed', async () => {
      const el = await widget(name);
      await expect(el).to.be.accessible();
      el.expanded = true;
      await el.updateComplete;
      expect(el.hasAttribute('expanded')).to.be.true;
      expect(closedDisclosures(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      const fromAttribute = await widget(name, { expanded: '' });
      expect(closedDisclosures(fromAttribute)).to.deep.equal([]);
    });

    it('opens every disclosure for print and restores them afterwards', async () => {
      const el = await widget(name);
      const closed = closedDisclosures(el);
      expect(closed.length).to.be.greaterThan(0);
      window.dispatchEvent(new Event('beforeprint'));
      expect(closedDisclosures(el)).to.deep.equal([]);
      window.dispatchEvent(new Event('afterprint'));
      expect(closedDisclosures(el)).to.deep.equal(closed);
    });

    it('always shows the disclaimer and the review date; `footer="compact"` puts them on one line', async () => {
      const el = await widget(name, { style: 'inline-size: 80rem' } as Record<string, string>);
      const full = [part(el, 'disclaimer')!, part(el, 'reviewed')!, part(el, 'sources-toggle')!];
      expect(textOf(full[0])).to.contain('not medical advice');
      expect(textOf(full[1])).to.match(/^Last reviewed: /);
      const fullTops = new Set(full.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(fullTops.size, 'full footer: a line each').to.equal(3);
      const fullHeight = part(el, 'footer')!.getBoundingClientRect().height;

      el.footer = 'compact';
      await el.updateComplete;
      expect(el.getAttribute('footer')).to.equal('compact');
      const [disclaimer, reviewed, toggle] = [
        part(el, 'disclaimer')!,
        part(el, 'reviewed')!,
        part(el, 'sources-toggle')!,
      ];
      expect(disclaimer.getBoundingClientRect().height, 'the disclaimer is still shown').to.be.greaterThan(0);
      const line = disclaimer.getBoundingClientRect();
      for (const other of [reviewed, toggle]) {
        const box = other.getBoundingClientRect();
        expect(box.top, `${other.getAttribute('part')} on the disclaimer's line`).to.be.below(line.bottom);
        expect(box.bottom).to.be.above(line.top);
      }
      expect(part(el, 'footer')!.getBoundingClientRect().height).to.be.below(fullHeight);
    });

    it('warns about an unknown footer layout and keeps the full footer with its disclaimer', async () => {
      let el!: Widget;
      const warnings = await captureConsole('warn', async () => {
        el = await widget(name, { footer: 'none' });
      });
      expect(warnings.map(String).join('\n')).to.match(/footer/);
      expect(el.footer).to.equal('full');
      expect(textOf(part(el, 'disclaimer'))).to.contain('not medical advice');
    });

    it('takes no room for an empty actions slot, and shows a clinic action after the content, before the fine print', async () => {
      const el = await widget(name);
      const actions = part(el, 'actions')!;
      expect(actions.nextElementSibling, 'right before the fine print').to.equal(part(el, 'footer'));
      await expectActionsSlot(el, actions.previousElementSibling!);
      expect(actions.closest('details, li, table, dl, figure'), 'never inside the sourced facts').to.equal(null);
    });

    it('shows an action the page wrote in its HTML from the first render', async () => {
      const el = await widget(name, {}, html`<a slot="actions" href="tel:+15550100">Call us</a>`);
      expect(part(el, 'actions')!.hidden).to.be.false;
      expect(textOf(el.querySelector('[slot="actions"]'))).to.equal('Call us');
    });
  });
}
