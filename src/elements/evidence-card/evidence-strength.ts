import type { StudyDesign } from './study.schema.js';

/**
 * How sure we can be of one study's result: a rating adapted from GRADE
 * (Guyatt et al., BMJ 2008; Balshem et al., J Clin Epidemiol 2011), applied
 * to a single study. It rates the result, not the treatment: a null result
 * can be rated as sure as a positive one. The rules, in one place:
 *
 * 1. Start: randomized and controlled → high; controlled but not randomized → low;
 *    no control group → very low.
 * 2. Risk of bias: open-label (everyone knew the treatment), or blinding not
 *    stated in our summary (we cannot tell it was blinded) → down one level.
 * 3. Indirectness: the result shown is a secondary outcome of the study (it
 *    was planned to answer another question) → down one level.
 * 4. Imprecision: fewer than 50 participants → down two levels;
 *    50 to 199 → down one level.
 * 5. One study alone is never rated high: at most moderate.
 *
 * The floor is "very low". The thresholds in 4 and the cap in 5 are this
 * library's choices, so that a single small trial never reads as strong.
 */

export type Certainty = 'very-low' | 'low' | 'moderate' | 'high';

export type StrengthReason =
  | { kind: 'start-randomized' }
  | { kind: 'start-not-randomized' }
  | { kind: 'start-uncontrolled' }
  | { kind: 'open-label' }
  | { kind: 'blinding-not-stated' }
  | { kind: 'secondary-outcome' }
  | { kind: 'very-few-participants'; participants: number }
  | { kind: 'few-participants'; participants: number }
  | { kind: 'single-study-cap' };

export interface EvidenceStrength {
  certainty: Certainty;
  reasons: StrengthReason[];
}

const LEVELS: readonly Certainty[] = ['very-low', 'low', 'moderate', 'high'];
export const VERY_FEW_PARTICIPANTS = 50;
export const FEW_PARTICIPANTS = 200;

/** The two papers that define GRADE, cited in the rating's explanation (section F of the evidence file). */
export const GRADE_SOURCES = [
  {
    citation:
      'Guyatt GH, et al. GRADE: an emerging consensus on rating quality of evidence and strength of recommendations. BMJ. 2008;336(7650):924–926.',
    doi: '10.1136/bmj.39489.470347.AD',
  },
  {
    citation:
      'Balshem H, et al. GRADE guidelines: 3. Rating the quality of evidence. J Clin Epidemiol. 2011;64(4):401–406.',
    doi: '10.1016/j.jclinepi.2010.07.015',
  },
] as const;

export function rateEvidence(design: StudyDesign, participants: number): EvidenceStrength {
  const reasons: StrengthReason[] = [];
  let level: number;
  if (design.control === 'none') {
    level = 0;
    reasons.push({ kind: 'start-uncontrolled' });
  } else if (design.randomized) {
    level = 3;
    reasons.push({ kind: 'start-randomized' });
  } else {
    level = 1;
    reasons.push({ kind: 'start-not-randomized' });
  }
  if (design.blinding === 'open-label' || design.blinding === 'not-stated') {
    level -= 1;
    reasons.push({ kind: design.blinding === 'open-label' ? 'open-label' : 'blinding-not-stated' });
  }
  if (design.secondaryOutcome) {
    level -= 1;
    reasons.push({ kind: 'secondary-outcome' });
  }
  if (participants < VERY_FEW_PARTICIPANTS) {
    level -= 2;
    reasons.push({ kind: 'very-few-participants', participants });
  } else if (participants < FEW_PARTICIPANTS) {
    level -= 1;
    reasons.push({ kind: 'few-participants', participants });
  }
  if (level > 2) {
    level = 2;
    reasons.push({ kind: 'single-study-cap' });
  }
  return { certainty: LEVELS[Math.max(0, level)]!, reasons };
}
