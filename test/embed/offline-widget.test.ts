import { expect, waitUntil } from '@open-wc/testing';
import type { KetamineWidgetsApi } from '../../src/index.js';

/**
 * One widget's translations cannot load (test/support/embed-middleware.js answers 503 for the
 * comparison table's chunks only): a table added to a Spanish page shows its English text after
 * the loading placeholder, never stays blank, and the console says why once.
 */

const BUNDLE = '/embed-cdn-offline/therapy-comparison/dist/cdn/ketamine-widgets.js';
const LOAD = { timeout: 5000 };
const api = (): KetamineWidgetsApi => window.KetamineWidgets!;

describe('one widget’s translations offline', () => {
  const errors: string[] = [];
  const consoleError = console.error;

  before(async () => {
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    document.body.innerHTML = '<ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>';
    await import(/* @vite-ignore */ BUNDLE);
    await api().setLocale('es');
  });

  after(() => {
    console.error = consoleError;
  });

  it('the rest of the page switches; the table falls back to English text', async () => {
    const card = document.querySelector('ketamine-evidence-card')!;
    await customElements.whenDefined('ketamine-evidence-card');
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.include('Resultado principal');

    const table = document.createElement('ketamine-therapy-comparison');
    document.body.append(table);
    // Its code loads on arrival (its language chunks are the ones that fail).
    await customElements.whenDefined('ketamine-therapy-comparison');
    await table.updateComplete;
    await waitUntil(() => table.shadowRoot!.querySelector('[part~="base"]'), 'table stayed on its placeholder', LOAD);
    expect(table.shadowRoot!.querySelector('caption')!.textContent).to.include('Anxiety treatments compared');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('<ketamine-therapy-comparison>: could not load its "es" texts');
  });
});
