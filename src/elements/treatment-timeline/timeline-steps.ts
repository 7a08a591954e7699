import { msg } from '@lit/localize';
import type { SourceId } from '../../content/sources.js';
import type { IconName } from './icon-names.js';

/*
 * The built-in steps of the treatment timeline, in order. Every clinical fact
 * here is in shared/content/evidence.md, and each step lists the sources (by
 * id, from sources.ts) of the facts it states; the timeline shows them.
 * Nothing here says ketamine works for anxiety or PTSD: it is off-label for
 * both, and only esketamine (Spravato) is FDA-approved, only for depression.
 * Each step is a function so its text is read in the current locale.
 */

export interface BuiltInStep {
  id: StepId;
  title: string;
  /** One or two short sentences. */
  description: string;
  /** Typical timing. */
  timing: string;
  /** Paragraphs shown when the step is opened. */
  details: string[];
  icon: IconName;
  /** Sources of the facts the step states, by id. */
  sources: SourceId[];
}

export const STEP_IDS = ['assessment', 'administration', 'monitoring', 'follow-up', 'complementary'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const isStepId = (id: string): id is StepId => STEP_IDS.includes(id as StepId);

const assessment = (): BuiltInStep => ({
  id: 'assessment',
  title: msg('Assessment', {
    id: 'timeline.step.assessment.title',
    desc: 'Treatment timeline, step 1 title: a qualified provider checks whether ketamine fits the patient.',
  }),
  description: msg('A qualified provider checks whether ketamine could be a good fit for you.', {
    id: 'timeline.step.assessment.description',
    desc: 'Treatment timeline, step 1 (assessment): short description. "Provider" = a doctor or other licensed clinician.',
  }),
  timing: msg('Before any treatment', {
    id: 'timeline.step.assessment.timing',
    desc: 'Treatment timeline, step 1 (assessment): when it happens.',
  }),
  details: [
    msg('The provider looks at your health and your history. Then you decide together whether to try ketamine.', {
      id: 'timeline.step.assessment.details.decision',
      desc: 'Treatment timeline, assessment details: what happens at the assessment, in plain words.',
    }),
    msg(
      'Ketamine is not FDA-approved for anxiety disorders or PTSD. Doctors use it “off-label”: for a use the FDA has not approved. For a mental health condition, only esketamine (Spravato) is approved, and only for depression.',
      {
        id: 'timeline.step.assessment.details.approval',
        desc: 'Treatment timeline, assessment details: approval status. FDA = US Food and Drug Administration; keep FDA, PTSD and the brand name Spravato. Explain "off-label" in plain words as here.',
      },
    ),
    msg(
      'Most studies of ketamine for anxiety and PTSD are small, and the results are mixed. The largest PTSD trial had 158 people. In it, ketamine did not ease PTSD symptoms more than a placebo (a dummy treatment).',
      {
        id: 'timeline.step.assessment.details.evidence',
        desc: 'Treatment timeline, assessment details: state of the evidence. Keep the number. "Placebo" is explained in brackets.',
      },
    ),
    msg(
      'Ask about risks. The FDA lists misuse, effects on mental health, higher blood pressure, slowed breathing, and bladder and urinary problems.',
      {
        id: 'timeline.step.assessment.details.risks',
        desc: 'Treatment timeline, assessment details: the risks listed in the FDA warning on compounded ketamine (2023).',
      },
    ),
  ],
  icon: 'clipboard',
  sources: ['fda-2023-compounded-ketamine', 'fda-2019-spravato', 'abdallah-2022-ptsd', 'borgogna-2024-ma'],
});

const administration = (): BuiltInStep => ({
  id: 'administration',
  title: msg('Treatment sessions', {
    id: 'timeline.step.administration.title',
    desc: 'Treatment timeline, step 2 title: the sessions in which ketamine is given.',
  }),
  description: msg(
    'Ketamine is often given as a slow drip into a vein (an IV infusion). This happens in a clinic, where staff can watch you.',
    {
      id: 'timeline.step.administration.description',
      desc: 'Treatment timeline, step 2 (administration): short description. IV = intravenous; keep the abbreviation if it is used in your language.',
    },
  ),
  timing: msg('About 40 minutes per infusion, in studies', {
    id: 'timeline.step.administration.timing',
    desc: 'Treatment timeline, step 2 (administration): how long one infusion took in two studies. Keep the number.',
  }),
  details: [
    msg('In two studies, each infusion was 0.5 mg of ketamine per kg of body weight, given over 40 minutes.', {
      id: 'timeline.step.administration.details.infusion',
      desc: 'Treatment timeline, administration details: dose and length of one infusion (Taylor 2018, Feder 2014). Keep numbers and units.',
    }),
    msg('Some studies gave a series of infusions: 6 over 2 weeks in one study, and 8, twice a week, in another.', {
      id: 'timeline.step.administration.details.series',
      desc: 'Treatment timeline, administration details: schedules of repeated infusions (Feder 2021, Abdallah 2022). Keep the numbers.',
    }),
    msg(
      'Other forms were tried in very small studies: shots under the skin (12 people) and slow-release tablets (7 people).',
      {
        id: 'timeline.step.administration.details.other-forms',
        desc: 'Treatment timeline, administration details: subcutaneous injections (Glue 2017) and extended-release tablets (Glue 2020). Keep the numbers.',
      },
    ),
    msg(
      'Esketamine (Spravato) is a nasal spray. The FDA has approved it only for depression, taken with an antidepressant by mouth.',
      {
        id: 'timeline.step.administration.details.esketamine',
        desc: 'Treatment timeline, administration details: esketamine nasal spray and its approval. Keep FDA and the brand name Spravato.',
      },
    ),
  ],
  icon: 'infusion',
  sources: [
    'taylor-2018-sad',
    'feder-2014-ptsd',
    'feder-2021-ptsd',
    'abdallah-2022-ptsd',
    'glue-2017-dose',
    'glue-2020-r107',
    'fda-2019-spravato',
  ],
});

const monitoring = (): BuiltInStep => ({
  id: 'monitoring',
  title: msg('Monitoring', {
    id: 'timeline.step.monitoring.title',
    desc: 'Treatment timeline, step 3 title: staff watch the patient during and after each session.',
  }),
  description: msg('Staff watch you closely during each session and for a while after it.', {
    id: 'timeline.step.monitoring.description',
    desc: 'Treatment timeline, step 3 (monitoring): short description.',
  }),
  timing: msg('During and after each session', {
    id: 'timeline.step.monitoring.timing',
    desc: 'Treatment timeline, step 3 (monitoring): when it happens.',
  }),
  details: [
    msg(
      'In studies, side effects included feeling detached or unreal (dissociation), and higher blood pressure and heart rate. They were stronger at higher doses.',
      {
        id: 'timeline.step.monitoring.details.side-effects',
        desc: 'Treatment timeline, monitoring details: dose-related side effects (Glue studies). Explain "dissociation" in plain words as here.',
      },
    ),
    msg('In one study, the most common side effects were nausea, dizziness and blurred vision.', {
      id: 'timeline.step.monitoring.details.common',
      desc: 'Treatment timeline, monitoring details: most common side effects in one study (Glue 2018).',
    }),
    msg(
      'In the largest PTSD trial, feeling detached and other unusual thoughts or perceptions went away within 2 hours.',
      {
        id: 'timeline.step.monitoring.details.two-hours',
        desc: 'Treatment timeline, monitoring details: dissociative and psychosis-like effects returned to baseline within 2 hours (Abdallah 2022). Keep the number.',
      },
    ),
    msg('For esketamine (Spravato), FDA rules say staff must watch patients for at least 2 hours after each dose.', {
      id: 'timeline.step.monitoring.details.rems',
      desc: 'Treatment timeline, monitoring details: the esketamine REMS safety program requires at least 2 hours of monitoring after each dose. Keep FDA, Spravato and the number.',
    }),
  ],
  icon: 'pulse',
  sources: [
    'glue-2017-dose',
    'glue-2020-replication',
    'glue-2018-maintenance',
    'abdallah-2022-ptsd',
    'fda-2019-spravato',
  ],
});

const followUp = (): BuiltInStep => ({
  id: 'follow-up',
  title: msg('Follow-up', {
    id: 'timeline.step.follow-up.title',
    desc: 'Treatment timeline, step 4 title: check-ins after treatment.',
  }),
  description: msg(
    'Check-ins help you and your provider see how well treatment works, and decide about more sessions.',
    {
      id: 'timeline.step.follow-up.description',
      desc: 'Treatment timeline, step 4 (follow-up): short description.',
    },
  ),
  timing: msg('After your sessions', {
    id: 'timeline.step.follow-up.timing',
    desc: 'Treatment timeline, step 4 (follow-up): when it happens.',
  }),
  details: [
    msg(
      'In studies, the benefit often faded. In small studies of hard-to-treat anxiety, effects lasted about a week at most after a dose.',
      {
        id: 'timeline.step.follow-up.details.duration',
        desc: 'Treatment timeline, follow-up details: how long effects lasted in the anxiety studies (Glue studies, Tully 2022 review).',
      },
    ),
    msg(
      'One PTSD trial gave 6 infusions. In people who responded, the benefit lasted a median of 27.5 days after the last one. (Median means half had it for longer, and half for less time.)',
      {
        id: 'timeline.step.follow-up.details.median',
        desc: 'Treatment timeline, follow-up details: Feder 2021, median time to loss of response among responders. Keep the numbers; keep the plain explanation of "median".',
      },
    ),
    msg(
      'One small study gave shots once or twice a week for 3 months to people who had done well. It had no comparison group.',
      {
        id: 'timeline.step.follow-up.details.maintenance',
        desc: 'Treatment timeline, follow-up details: maintenance injections in Glue 2018, an uncontrolled study. Keep the number.',
      },
    ),
    msg('Little is known about the safety of ketamine over the long term.', {
      id: 'timeline.step.follow-up.details.long-term',
      desc: 'Treatment timeline, follow-up details: there is little long-term safety data (Short 2018 review).',
    }),
  ],
  icon: 'calendar',
  sources: [
    'glue-2017-dose',
    'glue-2020-replication',
    'tully-2022-sr',
    'feder-2021-ptsd',
    'glue-2018-maintenance',
    'short-2018-sr',
  ],
});

const complementary = (): BuiltInStep => ({
  id: 'complementary',
  title: msg('Therapy and daily habits', {
    id: 'timeline.step.complementary.title',
    desc: 'Treatment timeline, step 5 title: care that goes with ketamine treatment (talk therapy, coaching, lifestyle).',
  }),
  description: msg('Your plan may also include talk therapy or coaching, and changes to daily habits.', {
    id: 'timeline.step.complementary.description',
    desc: 'Treatment timeline, step 5 (complementary care): short description. Makes no claim that these help; keep it that way.',
  }),
  timing: msg('Alongside your treatment', {
    id: 'timeline.step.complementary.timing',
    desc: 'Treatment timeline, step 5 (complementary care): when it happens.',
  }),
  details: [
    msg(
      'Cognitive behavioral therapy (CBT) is a kind of talk therapy. NICE, a UK health agency, recommends it for social anxiety disorder. For generalized anxiety disorder, NICE lists it as one option.',
      {
        id: 'timeline.step.complementary.details.cbt',
        desc: 'Treatment timeline, complementary care details: NICE guidelines CG159 (social anxiety) and CG113 (generalized anxiety). Keep the abbreviations CBT and NICE.',
      },
    ),
    msg(
      'One small PTSD study added brief trauma therapy. Ketamine plus therapy did no better than a sedative (midazolam) plus the same therapy.',
      {
        id: 'timeline.step.complementary.details.duek',
        desc: 'Treatment timeline, complementary care details: Duek 2023, a null result; state it as plainly as a positive one.',
      },
    ),
    msg('Therapy given together with ketamine (ketamine-assisted psychotherapy) is not FDA-approved.', {
      id: 'timeline.step.complementary.details.kap',
      desc: 'Treatment timeline, complementary care details: approval status of ketamine-assisted psychotherapy. Keep FDA.',
    }),
  ],
  icon: 'conversation',
  sources: ['nice-cg159', 'nice-cg113', 'duek-2023-ptsd', 'fda-2023-compounded-ketamine'],
});

/** Every built-in step, by its stable id. */
export const TIMELINE_STEPS = {
  assessment,
  administration,
  monitoring,
  'follow-up': followUp,
  complementary,
} as const satisfies Record<StepId, () => BuiltInStep>;

/** The built-in steps in order, read in the current locale. */
export const builtInSteps = (): BuiltInStep[] => STEP_IDS.map((id) => TIMELINE_STEPS[id]());
