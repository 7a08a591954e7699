import { expect } from '@open-wc/testing';
import { canonicalNumber, checkXliff, flatten, markStale, sourceHash } from '../../scripts/lib/xliff.js';

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
    expect(problems).to.have.length(7);
    // The stale translation also carries a number the English does not have.
    expect(problems).to.include(
      'fr: study.feder-2021-ptsd.follow-up: numbers of the English missing from the translation: 27.5',
    );
    expect(problems).to.include(
      'fr: study.feder-2021-ptsd.follow-up: numbers in the translation that are not in the English: 2',
    );
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

  it('fail when a number of the English is missing from the translation or one is added, whatever the digits', async () => {
    // Decimal comma, thousands separators, Arabic-Indic and Persian digits, ٫ and ٪, ranges and
    // placeholders pass; a translator note lists numbers written as words.
    expect(checkXliff(await load('numbers.xlf'), 'numbers.xlf')).to.deep.equal([
      'ar: bad.missing: numbers of the English missing from the translation: 6, 2',
      'ar: bad.missing: numbers in the translation that are not in the English: 8',
      'ar: bad.decimal: numbers of the English missing from the translation: 1.13',
      'ar: bad.decimal: numbers in the translation that are not in the English: 1.31',
      'ar: bad.note-elsewhere: numbers of the English missing from the translation: 2',
    ]);
  });

  it('read numbers in every locale format the same', () => {
    expect(['0,5', '0.5', '0.50'].map(canonicalNumber)).to.deep.equal(['0.5', '0.5', '0.5']);
    expect(['15,760', '15.760', '15\u202f760', '1.234.567,8'].map(canonicalNumber)).to.deep.equal([
      '15760',
      '15760',
      '15760',
      '1234567.8',
    ]);
    expect(['27,5', '11.88', '0,500'].map(canonicalNumber)).to.deep.equal(['27.5', '11.88', '0.5']);
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
