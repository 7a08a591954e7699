import { msg } from '@lit/localize';
import type { SourceId } from '../../content/sources.js';

/*
 * The leading model of how ketamine works, step by step, from section H of
 * shared/content/evidence.md. Scope rule of that section: the research is
 * about depression, mostly in animals, and no mechanism source studied
 * anxiety disorders or PTSD. Each step says how it is known, with sources.
 * Each text is a function so it is read in the current locale.
 */

/** How a step is known: the three labels, used only where section H supports them. */
export type EvidenceKind = 'animals' | 'people-depression' | 'not-anxiety';

export interface Finding {
  kind: EvidenceKind;
  text: () => string;
  sources: readonly SourceId[];
}

export interface Step {
  id: string;
  /** A word or two, drawn in the diagram. */
  label: () => string;
  title: () => string;
  text: () => string;
  findings: readonly Finding[];
}

export const EVIDENCE_LABELS: Record<EvidenceKind, () => string> = {
  animals: () =>
    msg('Seen in animals', {
      id: 'how-it-works.kind.animals',
      desc: 'Label on a step of how ketamine works: the evidence for this step comes from animal studies (of depression). Not a claim that it was proven.',
    }),
  'people-depression': () =>
    msg('Tested in people with depression', {
      id: 'how-it-works.kind.people-depression',
      desc: 'Label on a step of how ketamine works: this step was tested in people with depression (not anxiety).',
    }),
  'not-anxiety': () =>
    msg('Not known for anxiety', {
      id: 'how-it-works.kind.not-anxiety',
      desc: 'Label on a step of how ketamine works: whether this step happens in anxiety disorders or PTSD is not known.',
    }),
};

const inAnimals = (sources: readonly SourceId[]): Finding => ({
  kind: 'animals',
  text: () =>
    msg('Suggested by animal studies of depression.', {
      id: 'how-it-works.finding.animals',
      desc: 'Under the label "Seen in animals", on several steps. "Suggested", not "shown": the animal work points to this step but does not prove it.',
    }),
  sources,
});

/** The evidence file's scope rule: none of its mechanism sources studied anxiety or PTSD. */
const notStudiedInAnxiety: Finding = {
  kind: 'not-anxiety',
  text: () =>
    msg('None of the studies we checked looked at this step in anxiety or PTSD.', {
      id: 'how-it-works.finding.not-anxiety',
      desc: 'Under the label "Not known for anxiety", on several steps. PTSD = post-traumatic stress disorder; use the usual abbreviation.',
    }),
  sources: [],
};

export const STEPS: readonly Step[] = [
  {
    id: 'nmda',
    label: () =>
      msg('NMDA', {
        id: 'how-it-works.step.nmda.label',
        desc: 'Step 1 name in the diagram: the NMDA receptor. Usually kept as is.',
      }),
    title: () =>
      msg('Ketamine blocks one kind of receiver on brain cells (NMDA)', {
        id: 'how-it-works.step.nmda.title',
        desc: 'Step 1 title. "One kind of receiver on brain cells" = a receptor, in plain words; NMDA is the name of the receptor; keep it as is.',
      }),
    text: () =>
      msg(
        'Brain cells pass signals with chemical messengers. Glutamate is one of them. NMDA receptors are spots on brain cells where glutamate attaches. Ketamine blocks these spots.',
        { id: 'how-it-works.step.nmda.text', desc: 'Step 1 text: plain explanation of glutamate and NMDA receptors.' },
      ),
    findings: [
      inAnimals(['zanos-2018-mechanisms']),
      {
        kind: 'people-depression',
        text: () =>
          msg(
            'Other medicines also block NMDA receptors. In people with depression, they did not work as well as ketamine.',
            {
              id: 'how-it-works.step.nmda.people',
              desc: 'Step 1, under "Tested in people with depression".',
            },
          ),
        sources: ['yang-2019-enantiomers'],
      },
      {
        kind: 'not-anxiety',
        text: () =>
          msg(
            'A review of anxiety studies looked at this. It says the role of NMDA receptors in easing anxiety is still not known.',
            {
              id: 'how-it-works.step.nmda.anxiety',
              desc: 'Step 1, under "Not known for anxiety".',
            },
          ),
        sources: ['tully-2022-sr'],
      },
    ],
  },
  {
    id: 'glutamate',
    label: () =>
      msg('Glutamate', {
        id: 'how-it-works.step.glutamate.label',
        desc: 'Step 2 name in the diagram (one or two words): the chemical messenger glutamate.',
      }),
    title: () =>
      msg('A burst of glutamate signals may follow', {
        id: 'how-it-works.step.glutamate.title',
        desc: 'Step 2 title. "May": this step is an idea, not a proven fact.',
      }),
    text: () =>
      msg('This is thought to set off a burst of glutamate signals in the front part of the brain.', {
        id: 'how-it-works.step.glutamate.text',
        desc: 'Step 2 text. "The front part of the brain" is the prefrontal cortex, in plain words.',
      }),
    findings: [inAnimals(['zanos-2018-mechanisms', 'abdallah-2020-rapamycin']), notStudiedInAnxiety],
  },
  {
    id: 'ampa',
    label: () =>
      msg('AMPA', {
        id: 'how-it-works.step.ampa.label',
        desc: 'Step 3 name in the diagram: the AMPA receptor. Usually kept as is.',
      }),
    title: () =>
      msg('Another kind of receiver on brain cells (AMPA) may switch on', {
        id: 'how-it-works.step.ampa.title',
        desc: 'Step 3 title. "Another kind of receiver on brain cells" = another receptor, in plain words (as in the step 1 title); AMPA is the name of the receptor; keep it as is. "May": this step is an idea, not a proven fact.',
      }),
    text: () =>
      msg(
        'The glutamate is thought to switch on AMPA receptors. These are other spots on brain cells where glutamate attaches.',
        {
          id: 'how-it-works.step.ampa.text',
          desc: 'Step 3 text.',
        },
      ),
    findings: [inAnimals(['zanos-2018-mechanisms']), notStudiedInAnxiety],
  },
  {
    id: 'bdnf-mtor',
    label: () =>
      msg('Growth signals', {
        id: 'how-it-works.step.bdnf-mtor.label',
        desc: 'Step 4 name in the diagram (one or two words): growth signals in brain cells (BDNF and mTOR).',
      }),
    title: () =>
      msg('Brain cells may make more growth signals', {
        id: 'how-it-works.step.bdnf-mtor.title',
        desc: 'Step 4 title: growth signals in brain cells (BDNF and mTOR, named in the step text). "May": this step is an idea, not a proven fact.',
      }),
    text: () =>
      msg(
        'Brain cells are thought to make more of a growth signal (called BDNF). This may turn on a growth switch inside the cell (called mTOR).',
        {
          id: 'how-it-works.step.bdnf-mtor.text',
          desc: 'Step 4 text: plain explanation of BDNF and mTOR. BDNF and mTOR are names; keep them as is.',
        },
      ),
    findings: [
      inAnimals(['zanos-2018-mechanisms']),
      {
        kind: 'people-depression',
        text: () =>
          msg(
            'In a test with 20 people with depression, a medicine that blocks this growth switch (mTOR) was given before ketamine. It did not change how well ketamine worked 24 hours later. What was seen in animals did not simply carry over to people.',
            {
              id: 'how-it-works.step.bdnf-mtor.people',
              desc: 'Step 4, under "Tested in people with depression". Keep the numbers 20 and 24.',
            },
          ),
        sources: ['abdallah-2020-rapamycin'],
      },
      notStudiedInAnxiety,
    ],
  },
  {
    id: 'connections',
    label: () =>
      msg('New connections', {
        id: 'how-it-works.step.connections.label',
        desc: 'Step 5 name in the diagram (one or two words): new connections between brain cells.',
      }),
    title: () =>
      msg('New connections between brain cells may grow', {
        id: 'how-it-works.step.connections.title',
        desc: 'Step 5 title. "May": this step is an idea, not a proven fact.',
      }),
    text: () =>
      msg('In the end, brain cells may grow new connections with each other, and make them stronger.', {
        id: 'how-it-works.step.connections.text',
        desc: 'Step 5 text.',
      }),
    findings: [inAnimals(['zanos-2018-mechanisms', 'abdallah-2020-rapamycin']), notStudiedInAnxiety],
  },
];
