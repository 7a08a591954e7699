import { msg } from '@lit/localize';
import type { SourceId } from '../../content/sources.js';
import type { IconName } from './icon-names.js';

/*
 * The built-in steps of the treatment timeline, in order. Every clinical fact
 * here is in shared/content/evidence.md, and each step lists the sources (by
 * id, from sources.ts) of the facts it states; the timeline shows them.
 * Nothing here says ketamine works for anxiety or PTSD: it is off-label for
 * both, and only esketamine (Spravato) is FDA-approved, only for depression.
 * Spravato's label rules (sections I and K) are shown as those of "the one
 * approved form", never as rules for IV ketamine.
 * Each step is a function so its text is read in the current locale.
 */

export interface BuiltInStep {
  id: StepId;
  title: string;
  /**
   * A few short sentences: the first view of the step, so it names the step's main risks and limits, never less
   * than its details.
   */
  description: string;
  /** Typical timing. */
  timing: string;
  /** Paragraphs shown when the step is opened. */
  details: string[];
  icon: IconName;
  /** Sources of the facts the step states, by id. */
  sources: SourceId[];
  /**
   * Not a step of ketamine treatment but another option in its own right: shown after the steps, unnumbered,
   * labelled "Another option".
   */
  option?: true;
}

export const STEP_IDS = ['assessment', 'administration', 'monitoring', 'follow-up', 'complementary'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const isStepId = (id: string): id is StepId => STEP_IDS.includes(id as StepId);

// D (fda-2019-spravato, fda-2023-compounded-ketamine); B (abdallah-2022-ptsd); C (borgogna-2024-ma); I (ketalar-label:
// with benzodiazepines, opioids or other sedating drugs "may result in profound sedation, respiratory depression,
// coma, or death"; spravato-label, the nasal spray only: contraindications, cautions, pregnancy). The description
// (first view) names the interaction danger with the label it comes from and "other drugs that make you sleepy",
// and, for the nasal spray, bleeding in the brain and pregnancy. As no FDA label sets rules for low-dose ketamine in
// psychiatry (I ketalar-label), it says so for ketamine by drip, shot or tablet (E) and names what to tell the
// provider: high blood pressure and heart or blood-vessel problems (I spravato-label blood pressure and aneurysmal
// vascular disease; D short-2018-sr cardiovascular side effects; D fda-2023-compounded-ketamine raised blood
// pressure), psychosis, past drug problems and pregnancy (I spravato-label cautions and pregnancy).
const assessment = (): BuiltInStep => ({
  id: 'assessment',
  title: msg('Assessment', {
    id: 'timeline.step.assessment.title',
    desc: 'Treatment timeline, step 1 title: a qualified provider checks whether ketamine fits the patient.',
  }),
  description: msg(
    'A qualified provider checks whether ketamine could suit you. It is not FDA-approved for anxiety or PTSD. Its studies are small, with mixed results. Tell your provider about all your medicines. Ketamine’s label as an anesthetic warns about other drugs that make you sleepy, such as some anxiety medicines or strong painkillers. With them, ketamine may cause very deep sleep, slowed breathing, coma or death. Some people should not have the approved nasal spray, such as people who have had bleeding in the brain or are pregnant. For ketamine by drip, shot or tablet, no FDA label lists who should not have it for mental health. Tell your provider if you have high blood pressure, heart or blood-vessel problems, psychosis, past drug problems, or are pregnant.',
    {
      id: 'timeline.step.assessment.description',
      desc: 'Treatment timeline, step 1 (assessment): short description, seen before the step is opened. "Provider" = a doctor or other licensed clinician. Keep the abbreviation FDA. It sums up the details: off-label use, small studies with mixed results; the warning of the ketamine anesthetic label (Ketalar), said to be that label’s, on use with other sedating drugs ("drugs that make you sleepy"), such as benzodiazepines (some anxiety medicines) or opioids (strong painkillers) ("profound sedation, respiratory depression, coma, or death"); and, for the approved nasal spray (esketamine) only, a contraindication (past bleeding in the brain) and pregnancy (its patient leaflet: do not take it if pregnant); then, for ketamine by drip (intravenous infusion), shot (injection) or tablet, that no FDA label lists who should not have it for mental health, and the conditions to tell the provider about (high blood pressure, heart or blood-vessel problems, psychosis = losing touch with what is real, a history of drug abuse or dependence, pregnancy).',
    },
  ),
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
      'Ask about risks. The FDA lists abuse and misuse, mental health (psychiatric) problems and higher blood pressure. It also lists slowed breathing, and bladder and urinary problems.',
      {
        id: 'timeline.step.assessment.details.risks',
        desc: 'Treatment timeline, assessment details: the risks listed in the FDA warning on compounded ketamine (2023): abuse and misuse, psychiatric events, raised blood pressure, slowed breathing, bladder and urinary tract symptoms.',
      },
    ),
    msg(
      'Tell your provider about all your medicines. Ketamine’s label as an anesthetic warns about other drugs that make you sleepy. These include some anxiety medicines (benzodiazepines) and opioids (strong painkillers). Taken with them, ketamine may cause very deep sleep, slowed breathing, coma or death.',
      {
        id: 'timeline.step.assessment.details.other-drugs',
        desc: 'Treatment timeline, assessment details: the warning in the FDA label of ketamine injection (Ketalar, an anesthetic) on use with benzodiazepines, opioids or other sedating drugs ("profound sedation, respiratory depression, coma, or death"). Benzodiazepines (some anxiety medicines) and opioids (strong painkillers): keep the plain words and the drug class in brackets, using the usual local terms.',
      },
    ),
    msg(
      'The label of the one approved form, esketamine nasal spray (Spravato), says who should not have it. This includes people who have had bleeding in the brain. It includes people with a bulging or abnormal blood vessel (an aneurysm or arteriovenous malformation). It also includes people who are allergic to esketamine or ketamine.',
      {
        id: 'timeline.step.assessment.details.contraindications',
        desc: 'Treatment timeline, assessment details: the contraindications in the US label of esketamine nasal spray (Spravato) only, not of IV ketamine: aneurysmal vascular disease or arteriovenous malformation, history of intracerebral hemorrhage, hypersensitivity to esketamine or ketamine. Use the standard medical terms in brackets.',
      },
    ),
    msg(
      'The same label asks for extra care in people with psychosis (losing touch with what is real) or a past drug problem. It says not to take it when pregnant, and not to breastfeed during treatment.',
      {
        id: 'timeline.step.assessment.details.cautions',
        desc: 'Treatment timeline, assessment details: cautions in the esketamine (Spravato) label only: psychosis (explained in brackets in plain words), history of drug abuse or dependence; pregnancy ("You should not take SPRAVATO if you are pregnant") and breastfeeding.',
      },
    ),
  ],
  icon: 'clipboard',
  sources: [
    'fda-2023-compounded-ketamine',
    'fda-2019-spravato',
    'abdallah-2022-ptsd',
    'borgogna-2024-ma',
    'ketalar-label',
    'spravato-label',
  ],
});

const administration = (): BuiltInStep => ({
  id: 'administration',
  title: msg('Treatment sessions', {
    id: 'timeline.step.administration.title',
    desc: 'Treatment timeline, step 2 title: the sessions in which ketamine is given.',
  }),
  description: msg(
    'In the PTSD studies and one social anxiety study, ketamine was a slow drip into a vein (an IV infusion). Most anxiety studies used shots under the skin. Ask your clinic how it will be given to you.',
    {
      id: 'timeline.step.administration.description',
      desc: 'Treatment timeline, step 2 (administration): short description; it describes the studies, not clinic practice. The PTSD studies (Feder 2014, 2021, Abdallah 2022) and one social anxiety study (Taylor 2018) used IV infusions; three of the five anxiety studies (Glue) used subcutaneous injections ("shots under the skin"), not infusions. IV = intravenous; keep the abbreviation if it is used in your language.',
    },
  ),
  timing: msg('In two studies, the drip took 40 minutes. The whole visit is longer.', {
    id: 'timeline.step.administration.timing',
    desc: 'Treatment timeline, step 2 (administration): how long the drip itself took in two studies (Taylor 2018, Feder 2014), not the visit, which is longer. Keep the number.',
  }),
  details: [
    msg(
      'In two studies, each infusion was 0.5 mg of ketamine per kg of body weight. The drip itself took 40 minutes. The whole visit takes longer, so ask your clinic how long yours will be.',
      {
        id: 'timeline.step.administration.details.infusion',
        desc: 'Treatment timeline, administration details: dose and length of the drip in two studies (Taylor 2018, Feder 2014); the length of a clinic visit is not known, so the patient asks the clinic. Keep numbers and units.',
      },
    ),
    msg('Some studies gave a series of infusions: 6 over 2 weeks in one study, and 8, twice a week, in another.', {
      id: 'timeline.step.administration.details.series',
      desc: 'Treatment timeline, administration details: schedules of repeated infusions (Feder 2021, Abdallah 2022). Keep the numbers.',
    }),
    msg(
      'Other forms were tried in very small studies. Three studies gave shots under the skin (12 to 20 people each). One tried slow-release tablets (7 people).',
      {
        id: 'timeline.step.administration.details.other-forms',
        desc: 'Treatment timeline, administration details: subcutaneous injections (Glue 2017, 2018 and 2020: 12, 20 and 12 people) and extended-release tablets (Glue 2020). Keep the numbers.',
      },
    ),
    msg(
      'Esketamine (Spravato) is a nasal spray. The FDA has approved it only for depression. It is taken with an antidepressant pill.',
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
    'glue-2018-maintenance',
    'glue-2020-replication',
    'glue-2020-r107',
    'fda-2019-spravato',
  ],
});

// K (the nasal spray's 2 hours and its driving rules; for IV ketamine, driving is UNVERIFIED: ask your clinic);
// I (spravato-label, the nasal spray only, depression trials: sedation "48% to 61%", "0.3% to 0.4%" lost
// consciousness); the Glue studies and B (abdallah-2022-ptsd): feeling detached, higher blood pressure.
const monitoring = (): BuiltInStep => ({
  id: 'monitoring',
  title: msg('Monitoring', {
    id: 'timeline.step.monitoring.title',
    desc: 'Treatment timeline, step 3 title: staff watch the patient during and after each session.',
  }),
  description: msg(
    'Ask your clinic who will watch you during and after each session, and for how long. In studies, side effects included feeling detached and higher blood pressure. With the approved nasal spray (esketamine), you are watched for at least 2 hours after each dose. In its depression studies, about 5 to 6 in 10 people became sleepy, and 3 or 4 in 1,000 passed out. With the nasal spray, someone must drive you home, and you must not drive until the next day. For other forms, ask your clinic about driving.',
    {
      id: 'timeline.step.monitoring.description',
      desc: 'Treatment timeline, step 3 (monitoring): short description. Who watches the patient after IV ketamine, and how long, is not known (ask the clinic). Feeling detached = dissociation (Glue studies, Abdallah 2022). The rest is for esketamine nasal spray (Spravato) only, never IV ketamine: the 2-hour rule; in its depression studies, about 5 to 6 in 10 (48% to 61%) had sedation (sleepiness) and 3 or 4 in 1,000 (0.3% to 0.4%) lost consciousness (passed out); a ride home and no driving until the next day. For other forms (IV drip, shots, tablets), driving rules are not known: ask the clinic. Keep the numbers.',
    },
  ),
  timing: msg('During and after each session', {
    id: 'timeline.step.monitoring.timing',
    desc: 'Treatment timeline, step 3 (monitoring): when it happens.',
  }),
  details: [
    msg(
      'In studies, side effects included feeling detached or unreal (dissociation). Blood pressure and heart rate also went up. These were stronger at higher doses.',
      {
        id: 'timeline.step.monitoring.details.side-effects',
        desc: 'Treatment timeline, monitoring details: dose-related side effects (Glue studies). Explain "dissociation" in plain words as here.',
      },
    ),
    msg('In one study, the most common side effects were nausea, dizziness and blurred vision.', {
      id: 'timeline.step.monitoring.details.common',
      desc: 'Treatment timeline, monitoring details: most common side effects in one study (Glue 2018).',
    }),
    msg('In the largest PTSD trial, feeling detached and other odd thoughts or perceptions were gone within 2 hours.', {
      id: 'timeline.step.monitoring.details.two-hours',
      desc: 'Treatment timeline, monitoring details: dissociative and psychosis-like effects returned to baseline within 2 hours (Abdallah 2022). Keep the number.',
    }),
    msg(
      'For the one approved form, esketamine (Spravato), FDA rules say staff must watch you for at least 2 hours after each dose. Your blood pressure is checked before and after.',
      {
        id: 'timeline.step.monitoring.details.rems',
        desc: 'Treatment timeline, monitoring details: for esketamine nasal spray only, the REMS safety program requires at least 2 hours of monitoring after each dose, and the label says to check blood pressure before and after. Keep FDA, Spravato and the number.',
      },
    ),
    msg(
      'Spravato’s label and the maker’s patient pages also say: do not eat for 2 hours or drink for 30 minutes before a dose, as it can make you sick. Someone else must drive you home. Do not drive until the next day, after a good night’s sleep.',
      {
        id: 'timeline.step.monitoring.details.spravato-rules',
        desc: 'Treatment timeline, monitoring details: rules for esketamine (Spravato) only, from its label and the maker’s patient pages: no food 2 hours and no drinks 30 minutes before (nausea or vomiting); a ride home; no driving until the next day after a restful sleep. Keep the numbers.',
      },
    ),
    msg(
      'No FDA label sets these rules for low-dose ketamine given by drip, shot or tablet. Ask your clinic about food, driving and how long you will stay.',
      {
        id: 'timeline.step.monitoring.details.ask-clinic',
        desc: 'Treatment timeline, monitoring details: for low-dose ketamine given by drip (into a vein), shot or tablet, fasting, driving and visit length are not set by any FDA label; the patient should ask the clinic.',
      },
    ),
  ],
  icon: 'pulse',
  sources: [
    'glue-2017-dose',
    'glue-2020-replication',
    'glue-2018-maintenance',
    'abdallah-2022-ptsd',
    'fda-2019-spravato',
    'spravato-label',
    'spravato-patient-site',
    'ketalar-label',
  ],
});

// Glue studies, tully-2022-sr and B (feder-2021-ptsd): the benefit faded; D (short-2018-sr: "little long-term safety
// data") and H (banov-2020-review: "the effects of long-term use are unknown"): long-term safety unknown.
const followUp = (): BuiltInStep => ({
  id: 'follow-up',
  title: msg('Follow-up', {
    id: 'timeline.step.follow-up.title',
    desc: 'Treatment timeline, step 4 title: check-ins after treatment.',
  }),
  description: msg(
    'At check-ins, you and your clinic decide whether to continue or stop. In studies, any benefit often faded within days to weeks. No one knows yet if using ketamine for a long time is safe.',
    {
      id: 'timeline.step.follow-up.description',
      desc: 'Treatment timeline, step 4 (follow-up): short description. It does not assume a benefit: the choice is to continue or to stop. "Days to weeks": about a week in the anxiety studies (Glue), a median of 27.5 days in one PTSD trial (Feder 2021). The last sentence: there are little long-term safety data (Short 2018 review); the effects of long-term use are unknown (Banov 2020 review).',
    },
  ),
  timing: msg('After your sessions', {
    id: 'timeline.step.follow-up.timing',
    desc: 'Treatment timeline, step 4 (follow-up): when it happens.',
  }),
  details: [
    msg('In small studies of hard-to-treat anxiety, the effect of a dose lasted a week at most.', {
      id: 'timeline.step.follow-up.details.duration',
      desc: 'Treatment timeline, follow-up details: how long effects lasted in the anxiety studies (Glue studies, Tully 2022 review).',
    }),
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
    'banov-2020-review',
  ],
});

// Not a step after ketamine (NICE: CBT is a treatment in its own right), so it is shown as "Another option", without
// a step number (review 3, D9). Its id stays `complementary`: pages mark it with `current="complementary"`.
const complementary = (): BuiltInStep => ({
  id: 'complementary',
  option: true,
  title: msg('Talk therapy (CBT)', {
    id: 'timeline.step.complementary.title',
    desc: 'Treatment timeline, title of the last item, labelled "Another option" (not a numbered step): cognitive behavioral therapy (CBT), a talk therapy. Keep the abbreviation CBT.',
  }),
  description: msg(
    'CBT is a kind of talk therapy. UK guidelines (NICE) recommend it as a treatment for anxiety in its own right. It is not a next step after ketamine. In one small PTSD study, therapy after ketamine did no better than therapy after a comparison drug.',
    {
      id: 'timeline.step.complementary.description',
      desc: 'Treatment timeline, "Another option" (talk therapy, not a numbered step): short description. CBT is a treatment on its own (UK NICE guidelines: CBT, applied relaxation or a medicine, as choices), not a follow-on to ketamine; nothing here says to combine them. The last sentence is a null result (Duek 2023): ketamine or midazolam, each followed by the same therapy. Keep the abbreviations CBT, NICE and PTSD as the other timeline texts do.',
    },
  ),
  timing: msg('For generalized anxiety: one hour a week for three to four months', {
    id: 'timeline.step.complementary.timing',
    desc: 'Treatment timeline, "Another option" (talk therapy): how CBT for generalized anxiety is given, from the NHS 111 Wales page. The numbers are written as words (one, three to four): keep them.',
  }),
  details: [
    msg(
      'CBT (cognitive behavioral therapy) is a kind of talk therapy. NICE is a UK health agency. It advises one-to-one CBT for social anxiety. For generalized anxiety, it lists three choices. They are CBT, learning to relax (applied relaxation), or a medicine.',
      {
        id: 'timeline.step.complementary.details.cbt',
        desc: 'Treatment timeline, talk therapy details: NICE guidelines CG159 (social anxiety: individual CBT) and CG113 (generalized anxiety: CBT or applied relaxation, or drug treatment, at the same step). Keep the abbreviations CBT and NICE.',
      },
    ),
    msg(
      'NHS Wales says CBT for generalized anxiety is one hour each week for three to four months, with a trained therapist.',
      {
        id: 'timeline.step.complementary.details.sessions',
        desc: 'Treatment timeline, talk therapy details: how CBT for generalized anxiety is given, from the NHS 111 Wales page (NHS = the UK National Health Service). The numbers are written as words (one, three to four): keep them.',
      },
    ),
    msg(
      'One small PTSD study gave ketamine or a comparison drug (midazolam), then the same short trauma therapy. PTSD symptoms improved the same in both groups.',
      {
        id: 'timeline.step.complementary.details.duek',
        desc: 'Treatment timeline, talk therapy details: Duek 2023, a null result ("PTSD symptoms improved equally in both groups"); state it as plainly as a positive one.',
      },
    ),
    msg('Ketamine given with talk therapy is called ketamine-assisted psychotherapy. The FDA has not approved it.', {
      id: 'timeline.step.complementary.details.kap',
      desc: 'Treatment timeline, talk therapy details: approval status of ketamine-assisted psychotherapy. Keep FDA.',
    }),
  ],
  icon: 'conversation',
  sources: ['nice-cg159', 'nice-cg113', 'nhs-wales-gad', 'duek-2023-ptsd', 'fda-2023-compounded-ketamine'],
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
