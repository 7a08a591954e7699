import { expect } from '@open-wc/testing';
import { allRendered, openFixture, plain, type Fixture } from '../support/embed-frames.js';
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

  for (const [i, tag] of ['ketamine-evidence-card', 'ketamine-treatment-timeline', 'ketamine-therapy-comparison'].entries()) {
    it(`<${tag}> looks the same inside: every element's box and computed style`, () => {
      const a = clean.widgets()[i]!;
      const b = hostile.widgets()[i]!;
      expect([a.localName, b.localName]).to.deep.equal([tag, tag]);
      expect(b.getBoundingClientRect().width, 'same widget width').to.equal(a.getBoundingClientRect().width);
      const expected = measureInside(a);
      expect(expected.length, 'elements measured').to.be.greaterThan(10);
      const diffs = differences(expected, measureInside(b));
      expect(diffs.length, `${diffs.length} differences, clean → hostile:\n${diffs.slice(0, 40).join('\n')}\n`).to.equal(0);
    });
  }
});
