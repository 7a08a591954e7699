import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { commonDenominator, naturalFrequencies, type Share } from '../../src/internal/natural-frequency.js';
import { frequencyText, iconArrays, iconStates } from '../../src/internal/icon-array.js';

/* The rounding rules of docs/evidence-rating.md#natural-frequencies, as plain functions: no element. */

/** low–high in denominator, and whether it is exact, for each group: easy to compare in one line. */
const summary = (shares: Share[]): string[] =>
  naturalFrequencies(shares).map(
    (f) =>
      `${f.low}${f.high > f.low ? `-${f.high}` : ''}/${f.denominator}${f.exact ? ' exact' : ''}${f.belowOne ? ' below-one' : ''}`,
  );

describe('natural frequencies', () => {
  it('rounds a share to the nearest person in 10, halves up (Feder 2021: 67% vs 20%)', () => {
    expect(summary([{ percent: 67 }, { percent: 20 }])).to.deep.equal(['7/10', '2/10 exact']);
    expect(summary([{ percent: 88.89 }, { percent: 52.94 }])).to.deep.equal(['9/10', '5/10']);
    expect(summary([{ percent: 45 }])).to.deep.equal(['5/10']);
  });

  it('keeps 0% at 0, exactly (Taylor 2018: 33.33% vs 0%)', () => {
    expect(summary([{ percent: 33.33 }, { percent: 0 }])).to.deep.equal(['3/10', '0/10 exact']);
  });

  it('never rounds a non-zero share to 0: it moves every group of the comparison to 100', () => {
    expect(commonDenominator([{ percent: 30 }, { percent: 4 }])).to.equal(100);
    expect(summary([{ percent: 30 }, { percent: 4 }])).to.deep.equal(['30/100 exact', '4/100 exact']);
    // The esketamine label's blood-pressure rise: 8%–19% vs 1%–4% on placebo, both out of 100.
    expect(
      summary([
        { low: 8, high: 19 },
        { low: 1, high: 4 },
      ]),
    ).to.deep.equal(['8-19/100 exact', '1-4/100 exact']);
  });

  it('flags a share below 1 in 100, and draws no array of it (it stays in words)', () => {
    const [f] = naturalFrequencies([{ low: 0.3, high: 0.4 }]);
    expect([f!.denominator, f!.high, f!.belowOne]).to.deep.equal([100, 0, true]);
    const passingOut = { id: 'x', context: () => '', groups: [{ name: () => '', share: { low: 0.3, high: 0.4 } }] };
    expect(() => iconArrays(passingOut)).to.throw(RangeError);
  });

  it('counts a share below 10% in 100: never "about 1 in 10" for 5%, which would double it', () => {
    expect(summary([{ percent: 5 }, { percent: 30 }])).to.deep.equal(['5/100 exact', '30/100 exact']);
    expect(summary([{ percent: 9 }])).to.deep.equal(['9/100 exact']);
    expect(summary([{ low: 6, high: 40 }])).to.deep.equal(['6-40/100 exact']);
    // 10% and over stay in 10.
    expect(summary([{ percent: 10 }, { percent: 30 }])).to.deep.equal(['1/10 exact', '3/10 exact']);
  });

  it('never rounds the non-zero low end of a range to 0: below 1 in 100 it stays in words', () => {
    const [f] = naturalFrequencies([{ low: 0.3, high: 4 }]);
    expect([f!.denominator, f!.low, f!.high, f!.belowOne]).to.deep.equal([100, 0, 4, true]);
    const range = { id: 'x', context: () => '', groups: [{ name: () => '', share: { low: 0.3, high: 4 } }] };
    expect(() => iconArrays(range)).to.throw(RangeError);
    // A range from 0 is drawn: 0 is the share, not a rounding.
    expect(naturalFrequencies([{ low: 0, high: 4 }])[0]!.belowOne).to.equal(false);
  });

  it('keeps a range in 10 while its bounds stay apart there, and moves it to 100 when they would meet', () => {
    expect(summary([{ low: 61, high: 75 }])).to.deep.equal(['6-8/10']);
    expect(summary([{ low: 48, high: 61 }])).to.deep.equal(['5-6/10']);
    expect(summary([{ low: 41, high: 44 }])).to.deep.equal(['41-44/100 exact']);
  });

  it('never opens a gap between equal shares, nor reverses two groups', () => {
    for (let a = 0; a <= 100; a += 0.5) {
      for (const b of [0, 0.5, 1, 5, 9.5, 33.33, 50, 67, 99.5, 100]) {
        const [fa, fb] = naturalFrequencies([{ percent: a }, { percent: b }]);
        const sign = Math.sign(fa!.low - fb!.low);
        expect(sign === 0 || sign === Math.sign(a - b), `${a}% vs ${b}%`).to.equal(true);
        expect(fa!.low === 0, `${a}% shown as ${fa!.low}`).to.equal(a === 0 || fa!.belowOne);
      }
    }
  });

  it('keeps counts the study reported, with their own denominator (Glue 2017: 10 of 12)', () => {
    const [f] = naturalFrequencies([{ count: 10, of: 12 }]);
    expect([f!.low, f!.denominator, f!.reported]).to.deep.equal([10, 12, true]);
    expect(frequencyText('Ketamine', f!)).to.equal('Ketamine: 10 of 12');
  });

  it('refuses shares it cannot draw honestly', () => {
    expect(() => naturalFrequencies([{ percent: 120 }])).to.throw(RangeError);
    expect(() => naturalFrequencies([{ low: 20, high: 10 }])).to.throw(RangeError);
    expect(() => naturalFrequencies([{ count: 3, of: 10 }, { percent: 20 }])).to.throw(RangeError);
  });

  it('words: exact or "about", single or range', () => {
    const [seven, two] = naturalFrequencies([{ percent: 67 }, { percent: 20 }]);
    expect(frequencyText('Ketamine', seven!)).to.equal('Ketamine: about 7 in 10');
    expect(frequencyText('Midazolam', two!)).to.equal('Midazolam: 2 in 10');
    const [spray] = naturalFrequencies([{ low: 61, high: 75 }]);
    expect(frequencyText('Esketamine', spray!)).to.equal('Esketamine: about 6 to 8 in 10');
  });

  describe('what the source says about the difference', () => {
    const groups = [
      { name: () => 'Ketamine', share: { percent: 55 } },
      { name: () => 'Placebo', share: { percent: 44 } },
    ];
    const notesOf = (difference?: 'significant' | 'not-significant' | 'no-test' | 'stated'): string[] => {
      const host = document.createElement('div');
      render(iconArrays({ id: 'x', context: () => 'In a study', groups, difference }), host);
      return [...host.querySelectorAll('.icon-array-note')].map((note) => note.textContent!.trim());
    };

    it('a difference the source reports as not significant is said to be possibly chance, on the array', () => {
      // 55% vs 44% is drawn as about 6 vs 4 in 10: without the note it would read as a benefit.
      expect(notesOf('not-significant')).to.deep.equal(['This difference could be due to chance.']);
    });

    it('a difference with no test in the source says so, and a significant one adds no note', () => {
      expect(notesOf('no-test')).to.deep.equal([
        'Our source does not say whether this difference could be due to chance.',
      ]);
      expect(notesOf('significant')).to.deep.equal([]);
      // A harm the source states itself (a label's warning) is not doubted; its own note says what is stated.
      expect(notesOf('stated')).to.deep.equal([]);
    });

    it('a comparison of two or more groups must say what the source reports, one group need not', () => {
      expect(() => notesOf(undefined)).to.throw(RangeError, /difference/);
      const one = { id: 'y', context: () => '', groups: [groups[0]!] };
      expect(() => iconArrays(one)).not.to.throw();
    });
  });

  it('icons: filled to the low bound, striped to the high one, then empty', () => {
    const [f] = naturalFrequencies([{ low: 61, high: 75 }]);
    const states = iconStates(f!);
    expect(states.join(',')).to.equal('filled,filled,filled,filled,filled,filled,range,range,empty,empty');
  });
});
