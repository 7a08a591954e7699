import type { StudyDesign } from './study.schema.js';

/**
 * The evidence-strength rating, in one place. It follows GRADE (Guyatt et al.,
 * BMJ 2008; Balshem et al., J Clin Epidemiol 2011), applied to a single study:
 *
 * 1. Start: randomized and controlled → high; controlled but not randomized → low;
 *    no control group → very low.
 * 2. Risk of bias: open-label (everyone knew the treatment) → down one level.
 * 3. Imprecision: fewer than 50 participants → down two levels;
 *    50 to 199 → down one level.
 * 4. One study alone is never rated high: at most moderate.
 *
 * The floor is "very low". The thresholds in 3 and the cap in 4 are this
 * library's choices, so that a single small trial never reads as strong.
 */

export type Certainty = 'very-low' | 'low' | 'moderate' | 'high';

export type StrengthReason =
  | { kind: 'start-randomized' }
  | { kind: 'start-not-randomized' }
  | { kind: 'start-uncontrolled' }
  | { kind: 'open-label' }
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
  if (design.blinding === 'open-label') {
    level -= 1;
    reasons.push({ kind: 'open-label' });
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
