import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS, WIDGET_NAMES, tagOf, type WidgetName } from '../../src/widgets.js';
import {
  allRendered,
  cdnChunks,
  distRequests,
  openFixture,
  plain,
  rendered,
  type CdnChunks,
  type Fixture,
} from '../support/embed-frames.js';

/**
 * The CDN bundle's loader (src/cdn.ts): it fetches a widget's chunk only when the widget's tag is
 * on the page, at load or later, and in a shadow root when asked (`KetamineWidgets.discover`).
 * What the page fetched comes from Resource Timing (probe.js), the chunk names from the build's
 * manifest (dist/cdn/.vite/manifest.json). The pages (test/fixtures/embed/loader.html?widgets=…)
 * hold one registry widget each, with its `example` attributes: built-in content, English.
 */

/** A widget as a webmaster writes it: its tag with its example attributes. */
function exampleOf(doc: Document, name: WidgetName): HTMLElement {
  const el = doc.createElement(tagOf(name));
  for (const [k, v] of Object.entries(WIDGETS[name].example)) el.setAttribute(k, v);
  return el;
}

let chunks: CdnChunks;
before(async () => {
  chunks = await cdnChunks();
});

for (const name of WIDGET_NAMES) {
  const tag = tagOf(name);
  describe(`embed: loader, a page with only <${tag}> (test/fixtures/embed/loader.html?widgets=${name})`, () => {
    let page: Fixture;
    before(async () => {
      page = await openFixture(`loader.html?widgets=${name}`);
      await rendered(page.widgets()[0]!);
    });
    after(() => page.remove());

    it(`fetches the bundle, <${tag}>'s chunk and what it imports, and no other widget's chunk`, () => {
      const fetched = distRequests(page.probe.resources());
      expect(fetched, 'its own chunk').to.include(chunks.widget(name));
      const others = WIDGET_NAMES.filter((n) => n !== name).map((n) => chunks.widget(n));
      expect(
        fetched.filter((p) => others.includes(p)),
        "other widgets' chunks",
      ).to.deep.equal([]);
      // Nothing beyond what this widget needs: no validation, no language, no other widget's code.
      const needed = new Set([...chunks.entryFiles, ...chunks.widgetFiles(name)]);
      expect(
        fetched.filter((p) => !needed.has(p)),
        'fetched without being needed',
      ).to.deep.equal([]);
      for (const other of WIDGET_NAMES.filter((n) => n !== name)) {
        expect(page.win.customElements.get(tagOf(other)), `<${tagOf(other)}> is not defined`).to.equal(undefined);
      }
    });

    it('throws nothing and logs no error', () => {
      expect(plain(page.probe.errors)).to.deep.equal([]);
      expect(plain(page.probe.console.error)).to.deep.equal([]);
    });
  });
}

describe('embed: loader, widgets added after the page loaded', () => {
  // The evidence card first; then each other registry widget, later in the page or in a shadow root.
  const [first, later, inShadow] = [
    'evidence-card',
    ...WIDGET_NAMES.filter((n) => n !== 'evidence-card'),
  ] as WidgetName[];
  let page: Fixture;
  before(async () => {
    page = await openFixture(`loader.html?widgets=${first}`);
    await rendered(page.widgets()[0]!);
  });
  after(() => page.remove());

  it('a widget inserted later is defined, renders, and brings its own chunk', async function () {
    if (!later) this.skip();
    const el = exampleOf(page.doc, later!);
    expect(distRequests(page.probe.resources())).not.to.include(chunks.widget(later!));
    page.doc.body.append(el);
    await rendered(el);
    expect(distRequests(page.probe.resources())).to.include(chunks.widget(later!));
    if (inShadow) expect(page.win.customElements.get(tagOf(inShadow)), 'the others stay unloaded').to.equal(undefined);
  });

  it('a widget in a shadow root is defined by KetamineWidgets.discover(shadowRoot)', async function () {
    if (!inShadow) this.skip();
    const host = page.doc.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const el = exampleOf(page.doc, inShadow!);
    shadow.append(el);
    page.doc.body.append(host);
    const discover = page.win.KetamineWidgets?.discover;
    expect(discover, 'window.KetamineWidgets.discover').to.be.a('function');
    await discover!(shadow);
    await rendered(el);
    expect(page.win.customElements.get(tagOf(inShadow!))).to.exist;
    expect(distRequests(page.probe.resources())).to.include(chunks.widget(inShadow!));
  });

  it('throws nothing and logs no error', () => {
    expect(plain(page.probe.errors)).to.deep.equal([]);
    expect(plain(page.probe.console.error)).to.deep.equal([]);
  });
});

// WordPress adds `?ver=…` to script addresses, and cache-busters do the same: the widget chunks import the
// bundle by its plain address, so one copy must run, and it must follow the page's language.
describe('embed: loader, the bundle at an address with a query (test/fixtures/embed/query-address.html)', () => {
  let page: Fixture;
  const languages = () => page.widgets().map((el) => el.shadowRoot!.querySelector('.root')?.getAttribute('lang'));
  before(async () => {
    page = await openFixture('query-address.html');
    await allRendered(page);
  });
  after(() => page.remove());

  it('renders every widget in the page’s language (lang="es")', async () => {
    expect(page.widgets()).to.have.length(WIDGET_NAMES.length);
    await waitUntil(() => languages().every((lang) => lang === 'es'), `not all in Spanish: ${languages().join(' ')}`, {
      timeout: 10000,
    }).catch(() => undefined);
    expect(languages()).to.deep.equal(WIDGET_NAMES.map(() => 'es'));
  });

  it('runs one copy: the global API switches every widget', async () => {
    await page.win.KetamineWidgets!.setLocale('fr');
    await Promise.all(
      page.widgets().map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
    );
    expect(languages()).to.deep.equal(WIDGET_NAMES.map(() => 'fr'));
    const addresses = page.probe.resources().map((u) => new URL(u, location.href));
    const bundle = addresses.filter((u) => u.pathname === chunks.entry).map((u) => u.search);
    expect(bundle, 'the bundle, with the query, then at its plain address').to.deep.equal(['?ver=6.1.9', '']);
  });

  it('throws nothing and logs no error', () => {
    expect(plain(page.probe.errors)).to.deep.equal([]);
    expect(plain(page.probe.console.error)).to.deep.equal([]);
  });
});
