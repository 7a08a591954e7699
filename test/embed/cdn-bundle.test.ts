import { expect, waitUntil } from '@open-wc/testing';
import type { KetamineWidgetsApi } from '../../src/index.js';
import { WIDGET_NAMES, tagOf } from '../../src/widgets.js';
import { cdnChunks, distRequests } from '../support/embed-frames.js';

/**
 * The built CDN bundle on a plain page, loaded the way a webmaster does: one
 * module script tag, then plain tags. Nothing from src/ runs here but the
 * registry's list of names. (`npm test` builds dist/ before it runs the browser tests.)
 */

const BUNDLE = '/dist/cdn/ketamine-widgets.js';

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

const api = (): KetamineWidgetsApi => window.KetamineWidgets!;
/** The Spanish chunks fetched so far, by name (`es-shared`), all from beside the bundle. The hash is 8 characters and may hold a "-". */
const spanishChunks = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/dist\/cdn\/chunks\/(es-[a-z-]+)-[\w-]{8}\.js$/.exec(new URL(e.name).pathname)?.[1])
    .filter((name): name is string => Boolean(name))
    .sort();
/** Waits that include fetching and compiling a chunk: as long as settled() allows (Firefox and WebKit
 * take over waitUntil's 1 s default on a busy machine). */
const LOAD = { timeout: 5000 };
const pageErrors: string[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.message));

describe('CDN bundle (dist/cdn/ketamine-widgets.js)', () => {
  before(async () => {
    document.body.innerHTML = '<ketamine-evidence-card study="feder-2021-ptsd"></ketamine-evidence-card>';
    await addScript(BUNDLE);
  });

  it('registers the element on the page, only that one, and exposes window.KetamineWidgets', async () => {
    await customElements.whenDefined('ketamine-evidence-card');
    for (const name of WIDGET_NAMES.filter((n) => n !== 'evidence-card')) {
      expect(customElements.get(tagOf(name)), `<${tagOf(name)}> is not on the page, so not loaded`).to.equal(undefined);
    }
    expect(api().locales).to.include.members(['en', 'es']);
    expect(api().version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('the bundle runs without waiting for a further file: it imports no chunk statically', async () => {
    const chunks = await cdnChunks();
    expect(chunks.entryFiles, 'files fetched before the bundle runs').to.deep.equal([BUNDLE]);
  });

  it("an English page with built-in content loads the card's chunk and what it imports, nothing else", async () => {
    const el = document.querySelector('ketamine-evidence-card')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]'), 'card did not render', LOAD);
    const chunks = await cdnChunks();
    const fetched = distRequests(performance.getEntriesByType('resource').map((e) => e.name));
    expect(fetched[0]).to.equal(BUNDLE);
    expect(fetched).to.include(chunks.widget('evidence-card'));
    expect([...fetched].sort()).to.deep.equal(
      [...new Set([...chunks.entryFiles, ...chunks.widgetFiles('evidence-card')])].sort(),
    );
  });

  it('upgrades a plain tag that was on the page before the script', async () => {
    const el = document.querySelector('ketamine-evidence-card')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]'), 'card did not render', LOAD);
    expect(el.shadowRoot!.textContent).to.include('Six ketamine drips');
  });

  it('loads the Spanish chunk relative to the script when <html lang> changes', async () => {
    const el = document.querySelector('ketamine-evidence-card')!;
    document.documentElement.lang = 'es';
    await waitUntil(() => api().getLocale() === 'es', 'locale did not switch', LOAD);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Resultado principal'), 'not re-rendered in es', LOAD);
    // Messages with placeholders, which the locale chunk builds with lit-localize's str tag.
    expect(el.shadowRoot!.textContent).to.match(/Qué tan seguros podemos estar de este resultado: \S/);
    expect(el.shadowRoot!.textContent).to.match(/\d+ participantes/);
    // Only what this page shows: the shared Spanish texts and the evidence card's, from beside the bundle.
    expect(spanishChunks()).to.deep.equal(['es-evidence-card', 'es-shared']);
  });

  it('a widget added to a Spanish page fetches its own texts and never shows English', async () => {
    const table = document.createElement('ketamine-therapy-comparison');
    // Every state the table shows on its way: the loading placeholder, then Spanish. Its code loads
    // after it is added, so its shadow root is watched from the moment it is attached.
    const shown: string[] = [];
    let root: ShadowRoot | undefined;
    const observer = new MutationObserver(() =>
      shown.push(root!.querySelector('.loading') ? 'loading' : root!.textContent!),
    );
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const created = attachShadow.call(this, init);
      if (this === table) {
        root = created;
        observer.observe(created, { childList: true, subtree: true, characterData: true });
      }
      return created;
    };
    try {
      document.body.append(table);
      await customElements.whenDefined('ketamine-therapy-comparison');
      await table.updateComplete;
    } finally {
      Element.prototype.attachShadow = attachShadow;
      observer.disconnect();
    }
    expect(root, 'shadow root attached').to.equal(table.shadowRoot);
    expect(root!.querySelector('.root')!.getAttribute('lang')).to.equal('es');
    expect(root!.querySelector('caption')!.textContent).to.include('Comparación de tratamientos');
    expect(shown[0]).to.equal('loading');
    expect(shown.filter((text) => text.includes('Anxiety treatments compared'))).to.deep.equal([]);
    expect(spanishChunks()).to.deep.equal(['es-evidence-card', 'es-shared', 'es-therapy-comparison']);
    table.remove();
    document.documentElement.lang = 'en';
    await waitUntil(() => api().getLocale() === 'en', 'locale did not switch back', LOAD);
  });

  it('loads validation lazily, only when clinic JSON appears', async () => {
    const validationLoaded = () =>
      performance.getEntriesByType('resource').some((e) => /\/chunks\/validate-/.test(e.name));
    expect(validationLoaded(), 'no zod before clinic JSON').to.be.false;
    const el = document.createElement('ketamine-evidence-card');
    el.innerHTML = '<script type="application/json">{"id": "bad"}</script>';
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]'), 'error panel not shown', LOAD);
    expect(validationLoaded()).to.be.true;
    el.remove();
  });

  it('survives the script being loaded twice (two tags, a second copy)', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await addScript(BUNDLE);
      await addScript(`${BUNDLE}?copy=2`);
    } finally {
      console.warn = warn;
    }
    expect(pageErrors).to.deep.equal([]);
    // Same version twice: no warning.
    expect(warnings).to.deep.equal([]);
    const el = document.createElement('ketamine-evidence-card');
    el.setAttribute('study', 'taylor-2018-sad');
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]'), 'card did not render after reload', LOAD);
  });
});
