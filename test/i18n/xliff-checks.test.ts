import { expect } from '@open-wc/testing';
import { STALE_STATE, canonicalNumber, checkXliff, flatten, markStale, sourceHash } from '../../scripts/lib/xliff.js';

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
  // Confirmed as each tool writes it: Poedit `state="translated"`, translate-toolkit the same with
  // `approved="yes"`, Weblate's approval `state="final"` with `approved="yes"`.
  it('pass a complete, confirmed, current file', async () => {
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
      'fr: outcome.no-difference: not confirmed (state="needs-translation"): the English is new or changed; review the translation and confirm it in your tool',
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

  it('flag a translation when its English changes, keep its text, and accept it once a translator confirms it', async () => {
    const doc = await load('good.xlf');
    const unit = doc.querySelector('trans-unit[id="footer.last-reviewed"]')!;
    const target = unit.querySelector('target')!;
    const oldText = target.textContent;
    unit.querySelector('source')!.prepend('Checked: ');
    expect(markStale(doc)).to.deep.equal(['footer.last-reviewed']);
    // The state Weblate, Poedit and translate-toolkit all show as needing work; the medical review was of
    // the old English, so approved="yes" goes; the old translation stays for the translator to review.
    expect(STALE_STATE).to.equal('needs-translation');
    expect(target.getAttribute('state')).to.equal(STALE_STATE);
    expect(unit.hasAttribute('approved')).to.be.false;
    expect(target.textContent).to.equal(oldText);
    expect(checkXliff(doc)).to.deep.equal([
      'fr: footer.last-reviewed: not confirmed (state="needs-translation"): the English is new or changed; review the translation and confirm it in your tool',
    ]);
    // The translator confirms it in their tool: nothing else to run, and extract changes nothing more.
    target.setAttribute('state', 'translated');
    expect(checkXliff(doc)).to.deep.equal([]);
    expect(markStale(doc)).to.deep.equal([]);
    // The English changes again after that: flagged again.
    unit.querySelector('source')!.prepend('Now ');
    expect(markStale(doc)).to.deep.equal(['footer.last-reviewed']);
    expect(checkXliff(doc)).to.have.length(1);
  });

  it('record the English of a new string, so a translation added in a tool needs no developer step', async () => {
    const doc = await load('stale.xlf');
    const unit = doc.querySelector('trans-unit[id="card.dose"]')!;
    markStale(doc);
    const note = Array.from(unit.querySelectorAll('note')).find((n) => n.getAttribute('from') === 'source-hash');
    expect(note?.textContent).to.equal(sourceHash('Dose'));
    // The translator adds the translation in their tool and confirms it.
    const target = doc.createElementNS(unit.namespaceURI, 'target');
    target.setAttribute('state', 'translated');
    target.textContent = 'Dose';
    unit.insertBefore(target, unit.querySelector('source')!.nextSibling);
    expect(checkXliff(doc).filter((p) => p.includes('card.dose'))).to.deep.equal([]);
    expect(markStale(doc)).to.not.include('card.dose');
  });
});
