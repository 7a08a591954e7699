import { expect } from '@open-wc/testing';
import { VERSION } from '../../src/version.js';
import { WIDGET_NAMES } from '../../src/widgets.js';
import { allRendered, openFixture, plain, type Fixture } from '../support/embed-frames.js';

/**
 * The CDNs' short addresses (`https://cdn.jsdelivr.net/npm/ketamine-widgets@0.1`,
 * `https://unpkg.com/ketamine-widgets@0.1`), emulated by test/support/embed-middleware.js from
 * package.json's `jsdelivr` and `unpkg` fields: jsDelivr answers with the default file at the short
 * address, unpkg redirects to the file's full address. Either way the widgets' chunks must come from
 * beside the full address of this version, and one copy of the bundle must run.
 */
const CDNS = {
  jsdelivr: `/embed-npm/jsdelivr/npm/ketamine-widgets@${VERSION}/dist/cdn/`,
  unpkg: `/embed-npm/unpkg/ketamine-widgets@${VERSION}/dist/cdn/`,
};

for (const [cdn, folder] of Object.entries(CDNS)) {
  describe(`embed: the ${cdn} short address (test/fixtures/embed/short-address.html?cdn=${cdn})`, () => {
    let page: Fixture;
    const languages = () => page.widgets().map((el) => el.shadowRoot!.querySelector('.root')?.getAttribute('lang'));
    before(async () => {
      page = await openFixture(`short-address.html?cdn=${cdn}`);
      await allRendered(page);
    });
    after(() => page.remove());

    it(`renders every widget, with the chunks of ketamine-widgets@${VERSION} beside the full address`, () => {
      expect(page.widgets()).to.have.length(WIDGET_NAMES.length);
      const chunks = page.probe
        .resources()
        .map((url) => new URL(url, location.href).pathname)
        .filter((path) => path.includes('/chunks/'));
      expect(chunks.length, 'chunks fetched').to.be.at.least(WIDGET_NAMES.length);
      expect(chunks.filter((path) => !path.startsWith(`${folder}chunks/`))).to.deep.equal([]);
    });

    it('runs one copy: the global API switches every widget', async () => {
      expect(page.win.KetamineWidgets!.version).to.equal(VERSION);
      await page.win.KetamineWidgets!.setLocale('fr');
      await Promise.all(
        page.widgets().map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
      );
      expect(languages()).to.deep.equal(WIDGET_NAMES.map(() => 'fr'));
    });

    it('throws nothing and logs no error', () => {
      expect(plain(page.probe.errors)).to.deep.equal([]);
      expect(plain(page.probe.console.error)).to.deep.equal([]);
      expect(plain(page.probe.failedScripts)).to.deep.equal([]);
    });
  });
}
