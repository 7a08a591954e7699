import { expect, waitUntil } from '@open-wc/testing';
import { WIDGET_NAMES, tagOf } from '../../src/widgets.js';
import { allRendered, openFixture, plain, rendered, widgetOf, type Fixture } from '../support/embed-frames.js';

/**
 * Subresource Integrity (docs/webmasters.md, "SRI"). Each page holds exactly what `npm run sri` prints for the
 * folder /embed-sri/<tampered>/dist/cdn/ of the test server, which serves dist/cdn/ with one byte changed
 * in the file named <tampered> (test/support/embed-middleware.js): the script tag with `integrity` and
 * `crossorigin`, and an import map whose `integrity` entries cover every lazily loaded chunk.
 */

type Engine = 'chromium' | 'firefox' | 'webkit';
const ua = navigator.userAgent;
const engine: Engine = /Chrome\//.test(ua) ? 'chromium' : /Firefox\//.test(ua) ? 'firefox' : 'webkit';

/**
 * Whether the engine checks the `integrity` entries of an import map for the modules it fetches with
 * import(), as this test finds them: Chromium 156, Firefox ESR 153 and WebKitGTK 2.50 all do. An engine
 * that does not runs a tampered chunk; docs/webmasters.md says which browsers check, and the branch below says so.
 */
const CHECKS_IMPORT_MAP_INTEGRITY: Record<Engine, boolean> = { chromium: true, firefox: true, webkit: true };

const folder = (tampered: string) => `/embed-sri/${tampered}/dist/cdn/`;
const MANIFEST = '/dist/cdn/integrity.json';

interface Snippet {
  script: HTMLScriptElement;
  /** The import map's `integrity`: absolute URL → `sha384-…`. */
  integrity: Record<string, string>;
}
function snippetOf(page: Fixture): Snippet {
  const script = page.doc.querySelector<HTMLScriptElement>('script[type="module"][integrity]');
  const map = page.doc.querySelector('script[type="importmap"]');
  if (!script || !map) throw new Error('the page lacks the snippet of npm run sri (its <!-- ketamine:sri --> marker?)');
  return { script, integrity: (JSON.parse(map.textContent!) as { integrity: Record<string, string> }).integrity };
}

/** The bytes the server sends for this URL, and their sha384 integrity value. (Not from /dist/ itself: the
 * test server rewrites the modules it serves there.) */
async function served(url: string): Promise<{ bytes: Uint8Array; integrity: string }> {
  const bytes = new Uint8Array(await (await fetch(url, { cache: 'no-store' })).arrayBuffer());
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return { bytes, integrity: `sha384-${btoa(String.fromCharCode(...digest))}` };
}

/** The files the page fetched from a folder, as absolute URLs, without repeats. */
const fetchedFrom = (page: Fixture, path: string): string[] => [
  ...new Set(page.probe.resources().filter((url) => new URL(url, location.href).pathname.startsWith(path))),
];

const languages = (page: Fixture) =>
  page.widgets().map((el) => el.shadowRoot!.querySelector('.root')?.getAttribute('lang'));

describe('embed: SRI, the snippet of npm run sri, every file intact (test/fixtures/embed/sri.html, Spanish)', () => {
  let page: Fixture;
  before(async () => {
    page = await openFixture('sri.html');
    await allRendered(page);
  });
  after(() => page.remove());

  it('loads the script with integrity and crossorigin, and renders every widget in Spanish', async () => {
    const { script } = snippetOf(page);
    expect(script.integrity).to.match(/^sha384-[\w+/]{64}$/);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(page.widgets(), 'every widget, and the card with fallback content').to.have.length(WIDGET_NAMES.length + 1);
    await waitUntil(() => languages(page).every((lang) => lang === 'es'), 'not all in Spanish', {
      timeout: 10000,
    }).catch(() => undefined);
    expect(languages(page)).to.deep.equal(page.widgets().map(() => 'es'));
  });

  it('has an integrity entry for every file the page fetched, under the URL it fetched it by', () => {
    const { script, integrity } = snippetOf(page);
    const fetched = fetchedFrom(page, folder('intact'));
    expect(fetched, 'the main file, then the chunks').to.include(script.src);
    // Each widget's chunk and the Spanish texts at least: all lazy, all fetched by import().
    expect(fetched.length).to.be.greaterThan(WIDGET_NAMES.length * 2);
    expect(fetched.filter((url) => !integrity[url])).to.deep.equal([]);
  });

  it("lists every file of the build's integrity.json, each with the hash of the file served", async () => {
    const { script, integrity } = snippetOf(page);
    const manifest = (await (await fetch(MANIFEST)).json()) as { files: Record<string, string> };
    const base = new URL(folder('intact'), location.href).href;
    expect(Object.keys(integrity).sort()).to.deep.equal(
      Object.keys(manifest.files)
        .map((f) => base + f)
        .sort(),
    );
    expect(script.integrity).to.equal(integrity[script.src]);
    for (const [url, hash] of Object.entries(integrity)) {
      expect((await served(url)).integrity, url).to.equal(hash);
    }
  });

  it('hides the fallback content inside a rendered widget', async () => {
    await rendered(page.doc.querySelector<HTMLElement>('#with-fallback')!);
    expect(page.doc.querySelector('#fallback')!.getClientRects().length).to.equal(0);
  });

  it('throws nothing and logs no error', () => {
    expect(plain(page.probe.errors)).to.deep.equal([]);
    expect(plain(page.probe.console.error)).to.deep.equal([]);
    expect(plain(page.probe.failedScripts)).to.deep.equal([]);
  });
});

describe('embed: SRI, the main file changed by one byte (sri.html?tamper=ketamine-widgets)', () => {
  let page: Fixture;
  before(async () => {
    page = await openFixture('sri.html?tamper=ketamine-widgets&widgets=evidence-card');
    await waitUntil(() => page.probe.failedScripts.length > 0, "the script's error event did not fire", {
      timeout: 10000,
    });
  });
  after(() => page.remove());

  it('is one byte away from the file the hash is for', async () => {
    const { script } = snippetOf(page);
    const [changed, intact] = await Promise.all([
      served(script.src),
      served(script.src.replace(folder('ketamine-widgets'), folder('intact'))),
    ]);
    expect(changed.integrity).not.to.equal(script.integrity);
    expect(intact.integrity).to.equal(script.integrity);
    expect(changed.bytes.length).to.equal(intact.bytes.length);
    expect(changed.bytes.filter((byte, i) => byte !== intact.bytes[i]).length).to.equal(1);
  });

  it("is refused: the script's error event fires, nothing runs, no widget is defined", () => {
    const { script } = snippetOf(page);
    expect(plain(page.probe.failedScripts)).to.deep.equal([script.src]);
    expect(page.win.KetamineWidgets, 'window.KetamineWidgets').to.equal(undefined);
    for (const name of WIDGET_NAMES) expect(page.win.customElements.get(tagOf(name)), tagOf(name)).to.equal(undefined);
    expect(fetchedFrom(page, `${folder('ketamine-widgets')}chunks/`), 'chunks fetched').to.deep.equal([]);
  });

  it('shows the fallback content inside the tag instead', () => {
    expect(page.doc.querySelector('#fallback')!.getClientRects().length).to.be.greaterThan(0);
  });
});

describe(`embed: SRI, a widget's chunk changed by one byte (sri.html?tamper=evidence-card), in ${engine}`, () => {
  let page: Fixture;
  before(async () => {
    page = await openFixture('sri.html?tamper=evidence-card&widgets=evidence-card,how-it-works');
    await rendered(widgetOf(page, 'how-it-works'));
  });
  after(() => page.remove());

  it('is one byte away from the file the hash is for', async () => {
    const { integrity } = snippetOf(page);
    const url = Object.keys(integrity).find((u) => /\/chunks\/evidence-card-[\w-]{8}\.js$/.test(u))!;
    const changed = await served(url);
    expect(changed.integrity).not.to.equal(integrity[url]);
    expect((await served(url.replace(folder('evidence-card'), folder('intact')))).integrity).to.equal(integrity[url]);
  });

  if (CHECKS_IMPORT_MAP_INTEGRITY[engine]) {
    it('is refused through the import map: the card stays undefined, the loader says so, the other widget renders', async () => {
      await waitUntil(
        () => page.probe.console.error.some((e) => e.includes('could not load <ketamine-evidence-card>')),
        'the loader did not report the refused chunk',
        { timeout: 10000 },
      );
      expect(page.win.customElements.get('ketamine-evidence-card')).to.equal(undefined);
      expect(page.win.customElements.get('ketamine-how-it-works')).to.exist;
    });
  } else {
    it(`is not checked: ${engine} ignores import-map integrity, so the changed chunk runs (docs/webmasters.md, "SRI")`, async () => {
      await rendered(widgetOf(page, 'evidence-card'));
      expect(page.probe.console.error).to.deep.equal([]);
    });
  }
});
