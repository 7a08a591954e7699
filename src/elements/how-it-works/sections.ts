import { msg } from '@lit/localize';
import type { SourceId } from '../../content/sources.js';

/*
 * The widget's texts besides the steps, each with the sources of what it
 * states (sections C, D, E and H of shared/content/evidence.md). Functions,
 * so each is read in the current locale.
 */

export interface Cited {
  text: () => string;
  sources: readonly SourceId[];
}

/** Said next to the mechanism, as section H's scope rule asks. */
export const SCOPE: readonly Cited[] = [
  {
    text: () =>
      msg('Scientists do not know exactly how ketamine works.', {
        id: 'how-it-works.scope.unknown',
        desc: 'First sentence of the widget, under its heading.',
      }),
    sources: ['yang-2019-enantiomers'],
  },
  {
    text: () =>
      msg(
        'Below is the leading idea. It comes from research on depression, mostly in animals. When one step was tested in 20 people with depression, blocking it did not change how well ketamine worked 24 hours later. None of the studies we checked looked at how ketamine works in anxiety or PTSD.',
        {
          id: 'how-it-works.scope.depression-animals',
          desc: 'Under the heading: what the research behind the steps is about, and the one test of a step in people. PTSD = post-traumatic stress disorder; use the usual abbreviation. Keep the numbers 20 and 24.',
        },
      ),
    // H: zanos-2018-mechanisms (the model, preclinical); abdallah-2020-rapamycin (blocking mTORC1 in 20 depressed
    // patients did not alter ketamine's effect at 24 h). Shown in the first view, so it says no less than the steps.
    sources: ['zanos-2018-mechanisms', 'abdallah-2020-rapamycin'],
  },
];

/** Other routes the review names; the HNK wording is the evidence file's own; H's scope rule said beside it. */
export const OTHER_IDEAS: Cited = {
  text: () =>
    msg(
      'Scientists also study other ways ketamine might work. A breakdown product of ketamine has been studied in animals; scientists disagree about its role. This research, too, is about depression, not anxiety or PTSD.',
      {
        id: 'how-it-works.other-ideas',
        desc: 'Paragraph after the steps: other ideas about how ketamine works. PTSD = post-traumatic stress disorder; use the usual abbreviation.',
      },
    ),
  sources: ['zanos-2018-mechanisms', 'kavalali-2018-hnk'],
};

export interface OnsetRow extends Cited {
  id: 'ketamine' | 'benzodiazepine' | 'ssri';
  name: () => string;
}

/**
 * How fast each treatment acts, from studies of anxiety disorders (sections A and D). The row names explain the drug
 * classes as anxiety medicines: D (mendez-2024-ma: SSRIs, SNRIs and benzodiazepines in adults with anxiety
 * disorders); J (nice-cg113: "offer a selective serotonin reuptake inhibitor (SSRI)" for GAD).
 */
export const ONSET: readonly OnsetRow[] = [
  {
    id: 'ketamine',
    name: () => msg('Ketamine', { id: 'how-it-works.onset.ketamine.name', desc: 'Row name in "How fast it works".' }),
    text: () =>
      msg(
        'Two small studies looked at hard-to-treat anxiety (12 people each). Anxiety eased within an hour of a ketamine injection under the skin. The effect lasted up to about a week. But neither study had a good comparison group. One had none. In the other, a single dose of a calming drug (midazolam) was put at random among the ketamine doses. The ketamine doses were not given in random order.',
        {
          id: 'how-it-works.onset.ketamine.text',
          desc: 'How fast ketamine works for anxiety. Keep the number 12. "Injection under the skin" (subcutaneous), not an infusion into a vein. "A calming drug (midazolam)": a sedative given as the comparison; keep the drug name.',
        },
      ),
    // A: glue-2017-dose (no control group); glue-2020-replication (one midazolam dose randomly inserted as active
    // control; ketamine doses not randomized in order). Both: within 1 hour, up to about a week.
    sources: ['glue-2017-dose', 'glue-2020-replication'],
  },
  {
    id: 'benzodiazepine',
    name: () =>
      msg('Benzodiazepines (one type of anxiety medicine)', {
        id: 'how-it-works.onset.benzodiazepine.name',
        desc: 'Row name in "How fast it works": the class of medicines, explained in brackets in plain words (the review compared these anxiety medicines with SSRIs and SNRIs in adults with anxiety disorders).',
      }),
    text: () =>
      msg(
        'They ease anxiety faster than SSRIs. They were already ahead at week 1. By week 8, they were no different from SSRIs. This comes from a review of 122 studies.',
        {
          id: 'how-it-works.onset.benzodiazepine.text',
          desc: 'How fast benzodiazepines work for anxiety disorders. Keep the numbers 1, 8 and 122. SSRI: the usual abbreviation for these antidepressants.',
        },
      ),
    sources: ['mendez-2024-ma'],
  },
  {
    id: 'ssri',
    name: () =>
      msg('SSRIs (another type of anxiety medicine)', {
        id: 'how-it-works.onset.ssri.name',
        desc: 'Row name in "How fast it works": selective serotonin reuptake inhibitors, by their usual abbreviation, explained in brackets in plain words (UK guidelines name an SSRI as the medicine to offer for generalized anxiety).',
      }),
    text: () =>
      msg('They work slowly. Improvement builds steadily over 12 weeks. This comes from a review of 57 studies.', {
        id: 'how-it-works.onset.ssri.text',
        desc: 'How fast SSRIs work for anxiety disorders. Keep the numbers 12 and 57.',
      }),
    sources: ['jakubovski-2019-ma'],
  },
];

/** Under the onset list: the figures come from different studies. */
export const ONSET_NOTE = (): string =>
  msg('No study we checked put ketamine side by side with these medicines.', {
    id: 'how-it-works.onset.note',
    desc: 'Note under "How fast it works". "Put side by side" = compared directly in one study.',
  });

export interface Claim extends Cited {
  id: string;
  /** A common idea about ketamine, asked as a plain question (not a quotation). */
  claim: () => string;
}

/** Common ideas about how ketamine works, asked as plain questions and answered with what the evidence supports (sections C and H). */
export const CLAIMS: readonly Claim[] = [
  {
    id: 'rewire',
    claim: () =>
      msg('Can ketamine change how brain cells connect in anxiety?', {
        id: 'how-it-works.claim.rewire',
        desc: 'A common question about ketamine, in plain words (not a quotation), under "A common question". "Change how brain cells connect" = make new connections between brain cells.',
      }),
    text: () =>
      msg(
        'The idea of new brain connections comes from animal studies of depression. When one step was tested in 20 people with depression, blocking it did not change the effect 24 hours later. None of the studies we checked looked at this in anxiety.',
        {
          id: 'how-it-works.claim.rewire.evidence',
          desc: 'What the research shows, answering the question whether ketamine changes how brain cells connect in anxiety. Keep the numbers 20 and 24.',
        },
      ),
    sources: ['zanos-2018-mechanisms', 'abdallah-2020-rapamycin'],
  },
  {
    id: 'long-lasting',
    claim: () =>
      msg('Do its effects last long?', {
        id: 'how-it-works.claim.long-lasting',
        desc: 'A common question about ketamine, in plain words (not a quotation), under "A common question". "Its" = ketamine’s.',
      }),
    text: () =>
      msg(
        'In anxiety studies, the effect lasted up to about a week. In depression, symptoms usually come back within 3 to 14 days without more doses. The effects of long-term use are unknown.',
        {
          id: 'how-it-works.claim.long-lasting.evidence',
          desc: 'What the research shows, answering the question whether ketamine’s effects last long. Keep the numbers 3 and 14.',
        },
      ),
    sources: ['tully-2022-sr', 'abdallah-2020-rapamycin', 'banov-2020-review'],
  },
];
