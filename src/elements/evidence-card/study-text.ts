import { msg, str } from '@lit/localize';
import type { StudyInput } from './study.schema.js';
import type { Certainty, StrengthReason } from './evidence-strength.js';
import { formatNumber } from '../../localization/format.js';
import { localize } from '../../internal/localized-text.js';

/*
 * The evidence card's own words: how a design, a route, an outcome and a
 * rating read in plain language. Derived from the data, never stored in it.
 */

type Design = StudyInput['design'];

/** The design in plain words, one short point per feature. */
export function designPoints(design: Design): string[] {
  const points = [
    design.randomized
      ? msg('Randomized: chance decided who got which treatment.', {
          id: 'design.randomized',
          desc: 'Study design point: a randomized trial, explained in plain words.',
        })
      : msg('Not randomized.', { id: 'design.not-randomized', desc: 'Study design point.' }),
  ];
  const blinding = {
    'double-blind': () =>
      msg('Double-blind: neither patients nor researchers knew who got which treatment.', {
        id: 'design.double-blind',
        desc: 'Study design point: double-blind, explained in plain words.',
      }),
    'single-blind': () =>
      msg('Single-blind: patients did not know which treatment they got.', {
        id: 'design.single-blind',
        desc: 'Study design point: single-blind, explained in plain words.',
      }),
    'open-label': () =>
      msg('Open-label: everyone knew the treatment.', {
        id: 'design.open-label',
        desc: 'Study design point: open-label (not blinded), explained in plain words.',
      }),
    'not-stated': () =>
      msg('Blinding: not stated in our summary.', {
        id: 'design.blinding-not-stated',
        desc: 'Study design point: whether the study was blinded is not in our verified summary.',
      }),
  }[design.blinding];
  points.push(blinding());
  if (design.crossover) {
    // A study whose crossover had a condition says so in its own words, never "each person got both".
    const how = localize(design.crossoverDescription);
    points.push(
      how
        ? msg(str`Crossover: ${how}.`, {
            id: 'design.crossover-described',
            desc: 'Study design point: a crossover trial (each person was to get both treatments, one after the other). The placeholder says how it was done in this study.',
          })
        : msg('Crossover: each person was meant to get both treatments, one after the other.', {
            id: 'design.crossover',
            desc: 'Study design point: crossover trial, explained in plain words. "Was meant to get" (the plan), not "got": a clinic’s study may not say everyone got both.',
          }),
    );
  }
  const what = localize(design.controlDescription);
  if (design.control === 'none') {
    points.push(
      msg('No comparison group.', { id: 'design.no-control', desc: 'Study design point: uncontrolled study.' }),
    );
  } else if (design.control === 'placebo') {
    points.push(
      what
        ? msg(str`Compared with a placebo (a dummy treatment): ${what}.`, {
            id: 'design.placebo-described',
            desc: 'Study design point: placebo-controlled. The placeholder says what the placebo was.',
          })
        : msg('Compared with a placebo (a dummy treatment).', {
            id: 'design.placebo',
            desc: 'Study design point: placebo-controlled.',
          }),
    );
  } else {
    points.push(
      what
        ? msg(str`Compared with another drug: ${what}.`, {
            id: 'design.active-described',
            desc: 'Study design point: the comparison was an active drug. The placeholder names it.',
          })
        : msg('Compared with another drug.', {
            id: 'design.active',
            desc: 'Study design point: the comparison was an active drug.',
          }),
    );
  }
  return points;
}

export function routeLabel(route: StudyInput['route']): string {
  switch (route) {
    case 'intravenous':
      return msg('Infusion into a vein (IV)', {
        id: 'route.intravenous',
        desc: 'How the drug was given: intravenous infusion.',
      });
    case 'subcutaneous':
      return msg('Injection under the skin', {
        id: 'route.subcutaneous',
        desc: 'How the drug was given: subcutaneous injection.',
      });
    case 'oral':
      return msg('Tablet taken by mouth', { id: 'route.oral', desc: 'How the drug was given: oral tablet.' });
    case 'intranasal':
      return msg('Nasal spray', { id: 'route.intranasal', desc: 'How the drug was given: intranasal spray.' });
    case 'intramuscular':
      return msg('Injection into a muscle', {
        id: 'route.intramuscular',
        desc: 'How the drug was given: intramuscular injection.',
      });
    default:
      return notInSummary();
  }
}

/** One line that states the direction of the result, as plainly for null results as for positive ones. */
export function outcomeLabel(outcome: StudyInput['outcome'], control: Design['control']): string {
  switch (outcome) {
    case 'better-than-control':
      return msg('Better than the comparison', {
        id: 'outcome.better',
        desc: 'Result summary: ketamine did better than the control group.',
      });
    case 'no-difference':
      return msg('No better than the comparison', {
        id: 'outcome.no-difference',
        desc: 'Result summary: ketamine did not beat the control group (a null result). Say it as plainly as a positive result.',
      });
    case 'mixed':
      return msg('Mixed results', {
        id: 'outcome.mixed',
        desc: 'Result summary: better on some measures, not on others.',
      });
    case 'improved':
      return control === 'none'
        ? msg('Improved, with no comparison group', {
            id: 'outcome.improved-uncontrolled',
            desc: 'Result summary: symptoms improved, but there was no control group to compare with.',
          })
        : msg('Improved; no formal comparison in our summary', {
            id: 'outcome.improved-not-compared',
            desc: 'Result summary: symptoms improved; our summary has no statistical comparison with the control.',
          });
  }
}

export function notInSummary(): string {
  return msg('Not in our summary of this study.', {
    id: 'study.not-in-summary',
    desc: 'Shown when a detail (e.g. side effects, follow-up) is not in our verified summary of the study.',
  });
}

export function certaintyLabel(certainty: Certainty): string {
  return {
    high: () => msg('High', { id: 'certainty.high', desc: 'GRADE certainty level: how sure we can be of a result.' }),
    moderate: () =>
      msg('Moderate', { id: 'certainty.moderate', desc: 'GRADE certainty level: how sure we can be of a result.' }),
    low: () => msg('Low', { id: 'certainty.low', desc: 'GRADE certainty level: how sure we can be of a result.' }),
    'very-low': () =>
      msg('Very low', { id: 'certainty.very-low', desc: 'GRADE certainty level: how sure we can be of a result.' }),
  }[certainty]();
}

/** What a level means, in GRADE's own terms (section F of the evidence file), so a level never reads as "ketamine works". */
export function certaintyMeaning(certainty: Certainty): string {
  return {
    high: () =>
      msg('We are very sure that the true result is close to what this study found.', {
        id: 'certainty.high.meaning',
        desc: 'What the GRADE level "High" means: very confident that the true effect is close to the estimate.',
      }),
    moderate: () =>
      msg('The true result is likely close to what this study found, but it could be quite different.', {
        id: 'certainty.moderate.meaning',
        desc: 'What the GRADE level "Moderate" means: the true effect is likely close to the estimate, but possibly substantially different.',
      }),
    low: () =>
      msg('The true result may be quite different from what this study found.', {
        id: 'certainty.low.meaning',
        desc: 'What the GRADE level "Low" means: the true effect may be substantially different from the estimate.',
      }),
    'very-low': () =>
      msg('The true result is likely to be quite different from what this study found.', {
        id: 'certainty.very-low.meaning',
        desc: 'What the GRADE level "Very low" means: the true effect is likely substantially different from the estimate.',
      }),
  }[certainty]();
}

export function reasonText(reason: StrengthReason): string {
  switch (reason.kind) {
    case 'start-randomized':
      return msg('A randomized trial with a comparison group: we start at high.', {
        id: 'strength.start-randomized',
        desc: 'Rating explanation: the starting level for a randomized controlled trial.',
      });
    case 'start-not-randomized':
      return msg('It has a comparison group but is not randomized: we start at low.', {
        id: 'strength.start-not-randomized',
        desc: 'Rating explanation: the starting level for a controlled study that is not randomized.',
      });
    case 'start-uncontrolled':
      return msg('No comparison group: we start at very low.', {
        id: 'strength.start-uncontrolled',
        desc: 'Rating explanation: the starting level for a study without a control group.',
      });
    case 'open-label':
      return msg('Everyone knew who got which drug (open-label): down one level.', {
        id: 'strength.open-label',
        desc: 'Rating explanation: rated down for risk of bias because the study was open-label (not blinded). Use the standard term for open-label in brackets.',
      });
    case 'blinding-not-stated':
      return msg('Our summary does not say if people knew who got which drug: down one level.', {
        id: 'strength.blinding-not-stated',
        desc: 'Rating explanation: rated down for risk of bias because our verified summary does not say whether the study was blinded.',
      });
    case 'secondary-outcome':
      return msg('This result was not the main question of the study: down one level.', {
        id: 'strength.secondary-outcome',
        desc: 'Rating explanation: rated down for indirectness because the result shown is a secondary outcome (the study was planned to answer another question).',
      });
    case 'very-few-participants':
      return msg(str`Very few participants (${formatNumber(reason.participants)}): down two levels.`, {
        id: 'strength.very-few',
        desc: 'Evidence rating explanation: downgraded two levels for a very small sample. The placeholder is the number of participants.',
      });
    case 'few-participants':
      return msg(str`Few participants (${formatNumber(reason.participants)}): down one level.`, {
        id: 'strength.few',
        desc: 'Evidence rating explanation: downgraded one level for a small sample. The placeholder is the number of participants.',
      });
    case 'single-study-cap':
      return msg('One study alone is never rated high: moderate at most.', {
        id: 'strength.single-study-cap',
        desc: 'Evidence rating explanation: one study alone is capped at moderate.',
      });
  }
}

/** "Taylor et al., 2018", from the first author's surname; "Sunrise Clinic, 2025" for a single author. */
export function byline(citation: StudyInput['citation']): string {
  if (!citation.authors.includes(',')) {
    return msg(str`${citation.authors}, ${citation.year}`, {
      id: 'study.byline-single',
      desc: 'Short citation under the card headline for a single author (a person or an organisation), then the year.',
    });
  }
  const surname = citation.authors.split(/[\s,]/)[0];
  return msg(str`${surname} et al., ${citation.year}`, {
    id: 'study.byline',
    desc: 'Short citation under the card headline: first author surname, then the year. Translate "et al." only if your language uses another form.',
  });
}
