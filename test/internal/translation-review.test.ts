import '../support/defined.js';
import { expect, fixture, html } from '@open-wc/testing';
import { WIDGETS, WIDGET_NAMES, tagOf, type WidgetName } from '../../src/widgets.js';
import { CONTENT_VERSION } from '../../src/content/review.js';
import { setLocale } from '../../src/localization/localization.js';
import { recordReview } from '../../src/localization/review-status.js';
import { settled, textOf } from '../support/helpers.js';

/**
 * The footer's content version and its translation-review line (src/internal/widget-footer.ts): the line shows
 * while a medical translator has not approved a widget's texts in the visitor's language (its own group and the
 * shared one), never in English. No translation is approved today, so it shows in every other language; a
 * stubbed status stands in for a locale built from an approved XLIFF (scripts/lib/review-status.test.js tests
 * the build's side).
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean>; footer: string };

const PART = 'translation-review';
const ENGLISH = 'A medical translator has not checked this text yet.';

async function widget(name: WidgetName, style = ''): Promise<Widget> {
  const el = document.createElement(tagOf(name)) as Widget;
  for (const [attribute, value] of Object.entries(WIDGETS[name].example)) el.setAttribute(attribute, value);
  const stage = await fixture<HTMLElement>(html`<div style=${style}></div>`);
  stage.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

const part = (el: Widget, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

afterEach(() => setLocale('en'));

describe('content version', () => {
  it('is published as KetamineWidgets.contentVersion', () => {
    expect(window.KetamineWidgets!.contentVersion).to.equal(CONTENT_VERSION);
    expect(CONTENT_VERSION).to.be.a('number');
  });
});

for (const name of WIDGET_NAMES) {
  describe(`<ketamine-${name}> content version and translation review`, () => {
    it('shows the content version beside the review date, and no review line in English', async () => {
      const el = await widget(name);
      expect(textOf(part(el, 'reviewed'))).to.match(
        new RegExp(`^Last reviewed: .+ · content version ${CONTENT_VERSION}$`),
      );
      expect(part(el, PART)).to.equal(null);
    });

    it('shows a translated, stylable, accessible review line in every other language, and none once approved', async () => {
      const el = await widget(name);
      for (const locale of ['es', 'fr', 'de', 'pt-BR', 'ar', 'en-XA']) {
        await setLocale(locale);
        await el.updateComplete;
        const line = part(el, PART);
        expect(line, `${locale}: the line is there`).to.not.equal(null);
        expect(textOf(line), `${locale}: translated`).to.not.equal(ENGLISH);
        expect(textOf(line).length).to.be.greaterThan(10);
        expect(textOf(part(el, 'reviewed'))).to.not.include('content version');
      }
      await setLocale('es');
      await el.updateComplete;
      const style = document.createElement('style');
      style.textContent = `${tagOf(name)}::part(${PART}) { color: rgb(1, 2, 3); }`;
      document.head.append(style);
      try {
        expect(getComputedStyle(part(el, PART)!).color).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
      await expect(el).to.be.accessible();

      // A build whose Spanish of this widget and of the shared texts is all approved="yes".
      recordReview('es', 'shared', true);
      recordReview('es', name, true);
      try {
        await setLocale('fr');
        await setLocale('es');
        await el.updateComplete;
        expect(part(el, PART), 'approved: no line').to.equal(null);
        // Approved shared texts alone are not enough: the widget's own texts count too.
        recordReview('es', name, false);
        await setLocale('fr');
        await setLocale('es');
        await el.updateComplete;
        expect(part(el, PART)).to.not.equal(null);
      } finally {
        recordReview('es', 'shared', false);
        recordReview('es', name, false);
      }
    });

    it('keeps the compact footer to two lines at 80rem, fits 320 px, and reads right to left in Arabic', async () => {
      const el = await widget(name, 'inline-size: 80rem');
      el.footer = 'compact';
      await setLocale('es');
      await el.updateComplete;
      const parts = ['disclaimer', 'reviewed', PART, 'sources-toggle'].map((p) => part(el, p)!.getBoundingClientRect());
      // Spanish runs longer than English: the date may join the review note on the second line.
      // A line per jump of more than 2 px (a summary sits a fraction of a pixel off its line's text).
      const tops = parts.map((r) => r.top).sort((a, b) => a - b);
      const lines = 1 + tops.filter((top, i) => i > 0 && top - tops[i - 1]! > 2).length;
      expect(lines, `at most two lines: ${tops.join(', ')}`).to.be.at.most(2);

      const narrow = await widget(name, 'inline-size: 320px');
      narrow.footer = 'compact';
      await setLocale('ar');
      await narrow.updateComplete;
      const footer = part(narrow, 'footer')!;
      expect(footer.scrollWidth, 'no overflow at 320 px').to.be.at.most(footer.clientWidth);
      expect(getComputedStyle(part(narrow, PART)!).direction).to.equal('rtl');
    });
  });
}
