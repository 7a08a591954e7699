import { expect } from '@open-wc/testing';
import { rateEvidence } from '../../src/elements/evidence-card/evidence-strength.js';
import type { StudyDesign } from '../../src/elements/evidence-card/study.schema.js';

const rct: StudyDesign = { randomized: true, blinding: 'double-blind', control: 'placebo' };
const kinds = (design: StudyDesign, n: number) => rateEvidence(design, n).reasons.map((r) => r.kind);

describe('evidence-strength rules (adapted from GRADE, applied to one study)', () => {
  it('caps a large blinded randomized trial at moderate', () => {
    expect(rateEvidence(rct, 1000).certainty).to.equal('moderate');
    expect(kinds(rct, 1000)).to.deep.equal(['start-randomized', 'single-study-cap']);
  });

  it('rates down one level for 50 to 199 participants', () => {
    expect(rateEvidence(rct, 199).certainty).to.equal('moderate');
    expect(kinds(rct, 199)).to.include('few-participants');
    expect(rateEvidence(rct, 200).reasons.some((r) => r.kind === 'few-participants')).to.be.false;
  });

  it('rates down two levels below 50 participants, so a small trial never reads as strong', () => {
    expect(rateEvidence(rct, 49).certainty).to.equal('low');
    expect(rateEvidence(rct, 50).certainty).to.equal('moderate');
  });

  it('rates down an open-label randomized trial', () => {
    expect(rateEvidence({ ...rct, blinding: 'open-label' }, 500).certainty).to.equal('moderate');
    expect(rateEvidence({ ...rct, blinding: 'open-label' }, 100).certainty).to.equal('low');
  });

  it('rates down a trial whose blinding is not stated, like an open-label one', () => {
    const notStated = { ...rct, blinding: 'not-stated' } as const;
    expect(rateEvidence(notStated, 500).certainty).to.equal('moderate');
    expect(rateEvidence(notStated, 100).certainty).to.equal('low');
    expect(rateEvidence(notStated, 30).certainty).to.equal('very-low');
    expect(kinds(notStated, 100)).to.deep.equal(['start-randomized', 'blinding-not-stated', 'few-participants']);
    expect(
      rateEvidence({ ...rct, blinding: 'single-blind' }, 100).certainty,
      'single-blind is not rated down',
    ).to.equal('moderate');
  });

  it('rates down a result that is a secondary outcome of the study (indirectness)', () => {
    const secondary = { ...rct, secondaryOutcome: true };
    expect(rateEvidence(secondary, 100).certainty).to.equal('low');
    expect(rateEvidence({ ...rct, secondaryOutcome: false }, 100).certainty).to.equal('moderate');
    expect(kinds(secondary, 100)).to.deep.equal(['start-randomized', 'secondary-outcome', 'few-participants']);
  });

  it('adds up the reasons for rating down, never below very low', () => {
    // Duek 2023: randomized, blinding not stated, PTSD symptoms a secondary outcome, 27 people.
    const duek: StudyDesign = { randomized: true, blinding: 'not-stated', control: 'active', secondaryOutcome: true };
    expect(rateEvidence(duek, 27).certainty).to.equal('very-low');
    expect(kinds(duek, 27)).to.deep.equal([
      'start-randomized',
      'blinding-not-stated',
      'secondary-outcome',
      'very-few-participants',
    ]);
    // One reason fewer still leaves it at low, so each reason counts.
    expect(rateEvidence({ ...duek, secondaryOutcome: false }, 60).certainty).to.equal('low');
  });

  it('starts a non-randomized controlled study at low and an uncontrolled one at very low', () => {
    expect(rateEvidence({ ...rct, randomized: false }, 1000).certainty).to.equal('low');
    expect(rateEvidence({ ...rct, control: 'none' }, 1000).certainty).to.equal('very-low');
    expect(rateEvidence({ randomized: false, blinding: 'open-label', control: 'none' }, 5).certainty).to.equal(
      'very-low',
    );
  });
});
