import { expect } from '@open-wc/testing';
import { allRendered, openFixture, plain, shows, widgetOf, type Fixture } from '../support/embed-frames.js';
import { WIDGET_NAMES } from '../../src/widgets.js';

/**
 * "No requests except for their own files, no cookies, no storage" (docs/security-and-privacy.md), checked on a page with every widget, clinic JSON, and two language switches
 * (test/fixtures/embed/no-network.html). What the page requested comes from the browser's own
 * Resource Timing (buffered PerformanceObserver and `performance.getEntriesByType`, navigation
 * included), and from a report-only policy `default-src 'self'` (test/support/embed-middleware.js)
 * that reports any attempt to reach another origin; probe.js also counts every attempt to store
 * data or open a connection, from before the bundle loads.
 */

const ALLOWED = [
  /^\/dist\/cdn\/ketamine-widgets\.js$/, // the bundle
  /^\/dist\/cdn\/chunks\/[\w.-]+\.js$/, // its lazy chunks (widgets, languages, schemas, validation, localize runtime)
  /^\/test\/fixtures\/embed\/[\w.-]+$/, // the fixture page and its probe
  /^\/__web-dev-server__web-socket\.js$/, // added to every HTML page by the test runner's dev server
];

describe('embed: no network, no storage (test/fixtures/embed/no-network.html)', () => {
  let page: Fixture;

  before(async () => {
    // Same origin as this test page: start from empty storage, so what is left afterwards is the page's.
    localStorage.clear();
    sessionStorage.clear();
    page = await openFixture('no-network.html');
    await allRendered(page);
    const card = widgetOf(page, 'evidence-card');
    await shows(page.doc.getElementById('clinic-steps')!, 'Intake call');
    page.doc.documentElement.lang = 'fr'; // a language switcher changes <html lang>
    await shows(card, 'Résultat principal');
    await page.win.KetamineWidgets!.setLocale('ar'); // the public API
    await shows(card, 'النتيجة الرئيسية');
  });
  after(() => page.remove());

  it('requests only the bundle, its chunks and the page’s own files, from the page’s origin', () => {
    const urls = page.probe.resources().map((u) => new URL(u, page.win.location.href));
    const foreign = urls.filter(
      (u) => u.origin !== page.win.location.origin || !ALLOWED.some((re) => re.test(u.pathname)),
    );
    expect(foreign.map(String), 'unexpected requests').to.deep.equal([]);
    const paths = urls.map((u) => u.pathname);
    // The list is real: it holds the page, the bundle, both language chunks and the validation chunk.
    expect(paths).to.include('/test/fixtures/embed/no-network.html');
    expect(paths).to.include('/dist/cdn/ketamine-widgets.js');
    // Every widget is on the page, so every widget's own chunk was fetched (from beside the bundle).
    for (const chunk of ['fr', 'ar', 'validate', ...WIDGET_NAMES]) {
      expect(
        paths.some((p) => p.startsWith(`/dist/cdn/chunks/${chunk}-`)),
        `${chunk} chunk`,
      ).to.be.true;
    }
  });

  it("tries to reach no other origin: the report-only policy default-src 'self' reports nothing", async () => {
    // Resource Timing may omit a request that failed (WebKit does); a policy violation is reported
    // for every attempt, blocked or failed or not, before any request is made.
    const { before } = await page.probe.flushViolations({ trustedTypes: false });
    expect(plain(before)).to.deep.equal([]);
  });

  it('never tries to store anything or open a connection', () => {
    expect(plain(page.probe.attempts)).to.deep.equal([]);
  });

  it('leaves no cookie, no Web Storage, no IndexedDB database and no Cache Storage', async () => {
    expect(page.doc.cookie).to.equal('');
    expect(page.win.localStorage.length).to.equal(0);
    expect(page.win.sessionStorage.length).to.equal(0);
    expect(await databaseNames(page.win.indexedDB)).to.deep.equal([]);
    if ('caches' in page.win) expect(await page.win.caches.keys()).to.deep.equal([]);
  });

  it('throws nothing and logs no error', () => {
    expect(plain(page.probe.errors)).to.deep.equal([]);
    expect(plain(page.probe.console.error)).to.deep.equal([]);
  });
});

/** The IndexedDB databases of the origin, where the engine can list them (every current one can). */
async function databaseNames(factory: IDBFactory): Promise<string[]> {
  if (typeof factory.databases !== 'function') return [];
  return (await factory.databases()).map((db) => db.name ?? '').sort();
}
