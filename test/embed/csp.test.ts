import { expect } from '@open-wc/testing';
import {
  allRendered,
  openFixture,
  plain,
  rendered,
  shadowText,
  shows,
  widgetOf,
  type Fixture,
} from '../support/embed-frames.js';

/**
 * The built CDN bundle on a page served with a strict Content-Security-Policy header
 * (test/support/embed-middleware.js, STRICT_CSP):
 *
 *   default-src 'self'; script-src 'self'; style-src 'self';
 *   require-trusted-types-for 'script'; trusted-types lit-html
 *
 * No 'unsafe-inline', no 'unsafe-eval', and exactly one Trusted Types policy name: `lit-html`,
 * the one Lit creates. Every widget must render without a single securitypolicyviolation event.
 */
describe('embed: strict CSP and Trusted Types (test/fixtures/embed/csp.html)', () => {
  let page: Fixture;
  before(async () => {
    page = await openFixture('csp.html');
  });
  after(() => page.remove());

  it('renders every widget, including one with clinic JSON (lazy validation chunk)', async () => {
    await allRendered(page);
    // The registry examples, and the clinic JSON card.
    const [card, timeline, comparison] = (['evidence-card', 'treatment-timeline', 'therapy-comparison'] as const).map(
      (name) => widgetOf(page, name).shadowRoot!,
    );
    const clinic = await rendered(page.doc.getElementById('clinic-study')!);
    expect(shadowText(card)).to.include('Six ketamine drips');
    expect(shadowText(timeline!.querySelector('[aria-current="step"]'))).to.include('Monitoring');
    expect(comparison!.querySelector('table th[data-therapy="ketamine"][data-highlighted]')).to.exist;
    expect(shadowText(clinic)).to.include('Our first 10 patients');
    expect(page.probe.resources().some((url) => /\/dist\/cdn\/chunks\/validate-[\w-]+\.js$/.test(url))).to.be.true;
  });

  it("applies the widgets' styles: constructable stylesheets and CSSOM need no 'unsafe-inline'", async () => {
    for (const el of page.widgets()) {
      expect(page.win.getComputedStyle(el).display, `<${el.localName}>: :host { display: block }`).to.equal('block');
    }
    const comparison = widgetOf(page, 'therapy-comparison');
    const table = comparison!.shadowRoot!.querySelector('table')!;
    // The column count reaches the table's CSS as a custom property, not through a style attribute.
    expect(page.win.getComputedStyle(table).getPropertyValue('--_columns').trim()).to.equal('4');
  });

  it('loads a language chunk under the policy', async () => {
    await page.win.KetamineWidgets!.setLocale('ar');
    await shows(widgetOf(page, 'evidence-card'), 'النتيجة الرئيسية');
    await page.win.KetamineWidgets!.setLocale('en');
    await shows(widgetOf(page, 'evidence-card'), 'Main result');
  });

  it('causes no securitypolicyviolation event, error or console error', async () => {
    const { before } = await page.probe.flushViolations();
    expect(plain(before), 'violations before the canaries').to.deep.equal([]);
    expect(plain(page.probe.errors)).to.deep.equal([]);
    expect(plain(page.probe.console.error)).to.deep.equal([]);
  });
});
