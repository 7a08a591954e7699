import { expect, waitUntil } from '@open-wc/testing';
import {
  TAGS,
  allRendered,
  libraryWarnings,
  openFixture,
  plain,
  rendered,
  shadowText,
  shows,
  widgetOf,
  type Fixture,
} from '../support/embed-frames.js';

/**
 * The library loaded more than once on a page, as happens when a theme, a plugin and a
 * webmaster each add it: the same tag twice, two URLs of the same version, the CDN bundle
 * beside the npm build (either order), and an older or a newer version beside this one
 * (copies served by test/support/embed-middleware.js with their version string replaced).
 * Nothing may throw; the first definition wins; a console warning naming both versions appears
 * only when the versions differ; and the page keeps working.
 */

interface Scenario {
  page: string;
  what: string;
  /** The version whose elements are registered (the first loaded); `current` is this package's. */
  winner: string | 'current';
  /** The version that was loaded too and ignored, when it differs. */
  ignored?: string | 'current';
  csp?: boolean;
}

const SCENARIOS: Scenario[] = [
  { page: 'twice-same-url.html', what: 'the same script tag twice', winner: 'current' },
  { page: 'two-copies.html', what: 'two copies of this version at different URLs', winner: 'current' },
  { page: 'cdn-and-npm.html', what: 'the CDN bundle, then the npm build (import map)', winner: 'current' },
  { page: 'npm-and-cdn.html', what: 'the npm build (import map), then the CDN bundle', winner: 'current' },
  {
    page: 'csp-two-copies.html',
    what: "two copies under strict CSP, with trusted-types lit-html 'allow-duplicates'",
    winner: 'current',
    csp: true,
  },
  {
    page: 'older-first.html',
    what: 'an older version (0.0.9) first, then this one',
    winner: '0.0.9',
    ignored: 'current',
  },
  {
    page: 'newer-second.html',
    what: 'this version first, then a newer one (0.2.0)',
    winner: 'current',
    ignored: '0.2.0',
  },
];

let current: string;
before(async () => {
  current = ((await (await fetch('/package.json')).json()) as { version: string }).version;
});

for (const scenario of SCENARIOS) {
  describe(`embed: loaded twice, ${scenario.what} (test/fixtures/embed/${scenario.page})`, () => {
    let page: Fixture;
    const version = (v: string | undefined) => (v === 'current' ? current : v);
    before(async () => {
      page = await openFixture(scenario.page);
    });
    after(() => page.remove());

    it('renders every widget and throws nothing', async () => {
      await allRendered(page);
      expect(shadowText(widgetOf(page, 'evidence-card').shadowRoot)).to.include('Six ketamine drips');
      expect(plain(page.probe.errors), 'uncaught errors').to.deep.equal([]);
      expect(plain(page.probe.console.error), 'console errors').to.deep.equal([]);
    });

    it('keeps the first definition and the first copy’s window.KetamineWidgets', () => {
      const winner = version(scenario.winner);
      for (const tag of TAGS) {
        const registered = page.win.customElements.get(tag) as
          (CustomElementConstructor & { version?: string }) | undefined;
        expect(registered?.version, tag).to.equal(winner);
      }
      expect(page.win.KetamineWidgets?.version).to.equal(winner);
    });

    if (scenario.ignored) {
      it('warns once per element, naming both versions', async () => {
        // The ignored copy warns when its own chunk for the tag has loaded, which may come after the winner rendered.
        await waitUntil(() => libraryWarnings(page.probe).length >= TAGS.length, 'not every element warned', {
          timeout: 5000,
        }).catch(() => undefined);
        const warnings = libraryWarnings(page.probe);
        expect(warnings, warnings.join('\n')).to.have.length(TAGS.length);
        // Each copy loads a widget's chunk when it sees the tag: the warnings come in any order.
        for (const tag of TAGS) {
          const forTag = warnings.filter((w) => w.includes(`<${tag}>`));
          expect(forTag, `warnings for <${tag}>`).to.have.length(1);
          expect(forTag[0]).to.include(`version ${version(scenario.winner)}`);
          expect(forTag[0]).to.include(`version ${version(scenario.ignored)}`);
        }
      });
    } else {
      it('warns about nothing (same version)', () => {
        expect(libraryWarnings(page.probe)).to.deep.equal([]);
      });
    }

    it('keeps working: a widget added afterwards renders, and the language still switches', async () => {
      const added = page.doc.createElement('ketamine-evidence-card');
      added.setAttribute('study', 'taylor-2018-sad');
      page.doc.body.append(added);
      await rendered(added);
      await page.win.KetamineWidgets!.setLocale('es');
      for (const card of page.doc.querySelectorAll<HTMLElement>('ketamine-evidence-card')) {
        await shows(card, 'Resultado principal');
      }
      expect(plain(page.probe.errors), 'uncaught errors').to.deep.equal([]);
    });

    if (scenario.csp) {
      it('causes no securitypolicyviolation event', async () => {
        const { before } = await page.probe.flushViolations();
        expect(plain(before)).to.deep.equal([]);
      });
    }
  });
}
