import { expect } from '@open-wc/testing';
import { checkXliff, flatten, markStale, sourceHash } from '../../scripts/lib/xliff.js';

/**
 * The drift checks that `npm test` runs on locales/ (scripts/locales.js check),
 * run here on fixtures: a clean file passes, and each kind of drift fails with
 * a message that names the string id and the locale.
 */

async function load(name: string): Promise<Document> {
  const text = await (await fetch(`/test/fixtures/xliff/${name}`)).text();
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  // Fixtures write HASH_… where the hash of the current English belongs.
  for (const note of Array.from(doc.getElementsByTagName('note'))) {
    if (note.textContent!.startsWith('HASH_')) {
      note.textContent = sourceHash(flatten(note.parentElement!.getElementsByTagName('source')[0]!));
    }
  }
  return doc;
}

describe('XLIFF drift checks', () => {
  it('pass a complete, reviewed, current file', async () => {
    expect(checkXliff(await load('good.xlf'), 'good.xlf')).to.deep.equal([]);
  });

  it('fail on each kind of drift, naming the locale and the string id', async () => {
    const problems = checkXliff(await load('stale.xlf'), 'stale.xlf');
    expect(problems).to.have.length(5);
    expect(problems).to.include(
      'fr: study.feder-2021-ptsd.follow-up: stale: the English changed since it was translated (run npm run localize:extract)',
    );
    expect(problems).to.include(
      'fr: outcome.no-difference: the English changed; the translation needs review (state="needs-review-translation")',
    );
    expect(problems).to.include('fr: card.dose: not translated (no <target>)');
    expect(problems.find((p) => p.startsWith('fr: footer.last-reviewed: placeholders differ'))).to.exist;
    expect(problems.find((p) => p.startsWith('fr: error.issue: placeholders differ'))).to.include('${issue.expectd}');
  });

  it('refuse a file that is not XLIFF 1.2', async () => {
    expect(checkXliff(await load('not-xliff.xlf'), 'not-xliff.xlf')).to.deep.equal([
      'not-xliff.xlf: not an XLIFF 1.2 document (<xliff version="1.2">)',
    ]);
  });

  it('flag a translation for review when its English changes, until a translator confirms it', async () => {
    const doc = await load('good.xlf');
    const unit = doc.querySelector('trans-unit[id="card.main-result"]')!;
    unit.querySelector('source')!.textContent = 'Main finding:';
    expect(markStale(doc)).to.deep.equal(['card.main-result']);
    expect(unit.querySelector('target')!.getAttribute('state')).to.equal('needs-review-translation');
    expect(checkXliff(doc)).to.deep.equal([
      'fr: card.main-result: the English changed; the translation needs review (state="needs-review-translation")',
    ]);
    // The translator updates the text and confirms it in their CAT tool.
    unit.querySelector('target')!.textContent = 'Constat principal :';
    unit.querySelector('target')!.setAttribute('state', 'translated');
    expect(markStale(doc)).to.deep.equal([]);
    expect(checkXliff(doc)).to.deep.equal([]);
  });
});
