import { expect, waitUntil } from '@open-wc/testing';
import type { KetamineWidgetsApi } from '../../src/index.js';

/**
 * The CDN stops answering after the page loaded (test/support/embed-middleware.js answers 503 for
 * every language chunk; the widget's own code came before): a language switch cannot load its texts. The widgets stay readable in the language
 * they show, the console says why, and nothing is left as an unhandled rejection.
 */

const BUNDLE = '/embed-cdn-offline/locales/dist/cdn/ketamine-widgets.js';
const LOAD = { timeout: 5000 };
const api = (): KetamineWidgetsApi => window.KetamineWidgets!;

describe('CDN offline after the page loaded', () => {
  const errors: string[] = [];
  const rejections: unknown[] = [];
  const consoleError = console.error;

  before(async () => {
    window.addEventListener('unhandledrejection', (event) => rejections.push(event.reason));
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    document.body.innerHTML = '<ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>';
    await import(/* @vite-ignore */ BUNDLE);
  });

  after(() => {
    console.error = consoleError;
  });

  it('keeps the widgets in English, says why once, and leaves no unhandled rejection', async () => {
    const card = document.querySelector('ketamine-evidence-card')!;
    // The bundle loads the card's chunk because its tag is on the page.
    await customElements.whenDefined('ketamine-evidence-card');
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="base"]'), 'card did not render', LOAD);
    document.documentElement.lang = 'es';
    await waitUntil(() => errors.length > 0, 'no console error', LOAD);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('could not load the "es" texts, so the widgets stay in "en"');
    expect(api().getLocale()).to.equal('en');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
    expect(card.shadowRoot!.textContent).to.include('Main result');
    // Give a stray rejection time to surface.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(rejections).to.deep.equal([]);
  });

  it('rejects an explicit setLocale(), so the caller can handle it', async () => {
    let failure: unknown;
    await api()
      .setLocale('fr')
      .catch((error: unknown) => (failure = error));
    expect(failure).to.exist;
    expect(api().getLocale()).to.equal('en');
  });
});
