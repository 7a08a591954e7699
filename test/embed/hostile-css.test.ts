import { expect } from '@open-wc/testing';
import { TAGS, allRendered, openFixture, plain, type Fixture } from '../support/embed-frames.js';
import { differences, measureInside } from '../support/embed-layout.js';

/**
 * The same widgets on a clean page and under aggressive host CSS (test/fixtures/embed/
 * css-hostile.css: `* { all: revert !important; … }`, a reset, element rules, every inherited
 * text property forced with !important). Both pages pin, in css-stage.css, what a page may
 * legitimately pass in: the font family and size, and the box of the element itself, which
 * page CSS styles by the Shadow DOM cascade like any element's. Everything inside the widget
 * (the box of every shadow-DOM element relative to the host, and its computed layout and text
 * styles) must then be identical.
 */
describe('embed: hostile host CSS (test/fixtures/embed/css-clean.html vs css-hostile.html)', () => {
  let clean: Fixture;
  let hostile: Fixture;
  before(async () => {
    clean = await openFixture('css-clean.html');
    hostile = await openFixture('css-hostile.html');
    await Promise.all([allRendered(clean), allRendered(hostile)]);
  });
  after(() => {
    clean.remove();
    hostile.remove();
  });

  it('the hostile rules are in force on the page and on the widget hosts', () => {
    const style = (f: Fixture, el: Element) => f.win.getComputedStyle(el);
    expect(style(hostile, hostile.doc.body).color).to.equal('rgb(255, 0, 0)');
    expect(style(hostile, hostile.doc.getElementById('stage')!).marginTop, '3em at 30px').to.equal('90px');
    for (const host of hostile.widgets()) {
      expect(style(hostile, host).backgroundColor, `${host.localName} host`).to.equal('rgb(255, 255, 0)');
      expect(style(hostile, host).textTransform, `${host.localName} host`).to.equal('uppercase');
    }
  });

  it('throws nothing on either page', () => {
    expect(plain(clean.probe.errors)).to.deep.equal([]);
    expect(plain(hostile.probe.errors)).to.deep.equal([]);
  });

  it('both pages hold the same widgets, in the same order', () => {
    const tags = (f: Fixture) => f.widgets().map((w) => `${w.localName} ${w.getAttribute('orientation') ?? ''}`);
    expect(tags(hostile)).to.deep.equal(tags(clean));
  });

  // Every widget of the registry (the pages list them all), each instance on the page.
  for (const tag of TAGS) {
    it(`<${tag}> looks the same inside: every element's box and computed style`, () => {
      const [a, b] = [clean, hostile].map((f) => f.widgets().filter((w) => w.localName === tag));
      expect(a!.length, 'instances on the page').to.be.greaterThan(0);
      expect(b!.length).to.equal(a!.length);
      a!.forEach((x, i) => {
        const y = b![i]!;
        const which = `${tag} #${i + 1}${x.hasAttribute('orientation') ? ` (${x.getAttribute('orientation')})` : ''}`;
        expect(y.getBoundingClientRect().width, `${which}: same widget width`).to.equal(
          x.getBoundingClientRect().width,
        );
        const expected = measureInside(x);
        // More than the loading placeholder's two elements: the widget's content was measured.
        expect(expected.length, `${which}: elements measured`).to.be.greaterThan(5);
        const diffs = differences(expected, measureInside(y));
        expect(
          diffs.length,
          `${which}: ${diffs.length} differences, clean → hostile:\n${diffs.slice(0, 40).join('\n')}\n`,
        ).to.equal(0);
      });
    });
  }
});
