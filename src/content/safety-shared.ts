import { msg } from '@lit/localize';
import type { SourceId } from './sources.js';

/*
 * The safety facts and questions more than one widget shows: <ketamine-safety-facts> in its sections,
 * <ketamine-visit-prep> in the summary a patient brings to the visit. One text, one id, one translation.
 * Every fact comes from shared/content/evidence.md (the comment above each names the section and entry).
 */

/** One statement and the sources behind it (none only for the questions, which claim nothing). */
export interface Fact {
  text: () => string;
  sources: readonly SourceId[];
}

// D (fda-2023-compounded-ketamine: "not FDA approved for the treatment of any psychiatric disorder"); ketamine, not
// esketamine, so named by how it is given (E: IV infusion, injection or tablet), as the next fact approves esketamine.
/** Not approved for anxiety disorders or PTSD: used off-label. */
export const OFF_LABEL: Fact = {
  text: () =>
    msg(
      'Ketamine is used off-label for anxiety disorders and PTSD (post-traumatic stress disorder). This means the FDA (the US agency that approves medicines) has not approved it for these uses. The FDA says ketamine by drip, shot or tablet is not approved for any mental health disorder.',
      {
        id: 'safety-facts.status.off-label',
        desc: 'Safety facts, approval status. FDA = US Food and Drug Administration; PTSD = post-traumatic stress disorder. Keep the meaning exact: not approved for anxiety or PTSD. Drip = intravenous (IV) infusion, shot = injection, tablet = by mouth: ketamine itself, as opposed to esketamine, the one form approved for a mental health use (next fact), so the two do not contradict.',
      },
    ),
  sources: ['fda-2023-compounded-ketamine'],
};

// D (fda-2019-spravato: 2019 treatment-resistant depression, 2020 depression with acute suicidal ideation).
/** The one form approved for a mental health use, and for what. */
export const ESKETAMINE_APPROVAL: Fact = {
  text: () =>
    msg(
      'One form is approved for a mental health use: esketamine (Spravato) nasal spray. It is approved only for some types of depression, not for anxiety disorders or PTSD.',
      {
        id: 'safety-facts.status.esketamine',
        desc: 'Safety facts, approval status. Spravato is a brand name; keep it. Esketamine is a form of ketamine.',
      },
    ),
  sources: ['fda-2019-spravato'],
};

// I (spravato-label, under thinking: long-term cognitive effects "have not been evaluated beyond one year";
// sanacora-2017-consensus: limited data on safety, mood disorders); D (short-2018-sr: little long-term
// safety data).
/** Long-term safety is unknown. */
export const LONG_TERM_UNKNOWN: Fact = {
  text: () =>
    msg(
      'Long-term safety is unknown. The label of the esketamine nasal spray says its long-term effects on thinking and memory have not been studied beyond 1 year. A review found little data on long-term safety. Experts writing about depression and similar illnesses said there is little safety data.',
      {
        id: 'safety-facts.long-term.unknown',
        desc: 'Safety facts, long-term risks: long-term safety is unknown (esketamine label: long-term effects on thinking (cognitive effects) not evaluated beyond one year; a systematic review; the American Psychiatric Association consensus on mood disorders, said as "depression and similar illnesses"). Keep the number.',
      },
    ),
  sources: ['spravato-label', 'short-2018-sr', 'sanacora-2017-consensus'],
};

// I (spravato-label: "61% to 75%" dissociative or perceptual changes: distortion of time and space,
// illusions, derealisation, depersonalisation; depression trials). 61% to 75% = about 6 to 8 in 10.
/** Feeling detached (dissociation), with its rate in the nasal-spray studies in depression. */
export const DISSOCIATION: Fact = {
  text: () =>
    msg(
      'Dissociation (feeling detached from yourself or your surroundings). Time and space may seem changed. Things may look or sound strange. You or the world may not feel real. In the esketamine nasal-spray studies, in depression, about 6 to 8 in 10 people (61% to 75%) had these changes.',
      {
        id: 'safety-facts.effects.dissociation',
        desc: 'Safety facts, effects: dissociation, explained in plain words. The rates are from depression trials of esketamine nasal spray; keep that. "About 6 to 8 in 10" is the rate as a natural frequency, the percentages in brackets are the exact rates; keep every number.',
      },
    ),
  sources: ['spravato-label'],
};

// A (glue-2017-dose: dissociation rose with dose); B (abdallah-2022-ptsd: n = 158, dissociative and
// psychosis-like effects rose with dose, back to baseline within 2 h, lessened with repeated doses).
/** Feeling detached and odd thoughts in the anxiety and PTSD studies: stronger at higher doses, and short-lived. */
export const DISSOCIATION_PASSES: Fact = {
  text: () =>
    msg(
      'In ketamine studies in anxiety and PTSD, these feelings were stronger at higher doses. In the largest PTSD trial (158 people), so were psychosis-like effects (odd thoughts or perceptions). Both were gone within 2 hours and got milder with repeat doses.',
      {
        id: 'safety-facts.effects.dissociation-passes',
        desc: 'Safety facts, effects: dissociation (and, in the largest PTSD trial, psychosis-like effects: odd thoughts or perceptions) rose with the dose, and how soon they passed, from ketamine trials in anxiety and PTSD. Keep the numbers.',
      },
    ),
  sources: ['glue-2017-dose', 'abdallah-2022-ptsd'],
};

// I (spravato-label: sedation 48% to 61% = about 5 to 6 in 10; loss of consciousness 0.3% to 0.4% = 3 or 4
// in every 1,000; depression trials).
/** Sleepiness and passing out, with their rates in the nasal-spray studies in depression. */
export const SEDATION: Fact = {
  text: () =>
    msg(
      'Sleepiness (sedation). In the esketamine nasal-spray studies, in depression, about 5 to 6 in 10 people (48% to 61%) became sleepy (sedated). Out of every 1,000 people, 3 or 4 passed out.',
      {
        id: 'safety-facts.effects.sedation',
        desc: 'Safety facts, effects: sedation with esketamine nasal spray, from depression trials. "About 5 to 6 in 10" is the rate as a natural frequency, the percentages in brackets the exact rates; "3 or 4 out of every 1,000" = 0.3% to 0.4%. Passed out = lost consciousness. Keep every number.',
      },
    ),
  sources: ['spravato-label'],
};

// A (glue-2017-dose: 12 patients, subcutaneous; effect rose with dose, as did dissociation, blood pressure
// and heart rate. glue-2018-maintenance: 20 patients, subcutaneous, BP up about 10 mm Hg at 30 min).
/** Higher blood pressure and heart rate in the anxiety studies. */
export const BLOOD_PRESSURE: Fact = {
  text: () =>
    msg(
      'Higher blood pressure and a faster heart rate. In one study, 12 people with anxiety had ketamine shots under the skin. Both rose more at higher doses. In another study, 20 people with anxiety had these shots. Their blood pressure rose by about 10 points (mm Hg) on average 30 minutes after a dose.',
      {
        id: 'safety-facts.effects.blood-pressure',
        desc: 'Safety facts, effects: blood pressure and heart rate rise in two anxiety studies (subcutaneous injections); "both" = blood pressure and heart rate. mm Hg = millimetres of mercury, the unit of blood pressure; "on average": the rise is the group’s mean, not every person’s. Keep the unit and the numbers.',
      },
    ),
  sources: ['glue-2017-dose', 'glue-2018-maintenance'],
};

// I (ketalar-label, the anaesthetic label: with benzodiazepines, opioids or other sedating drugs "may result
// in profound sedation, respiratory depression, coma, or death"); D (mendez-2024-ma: benzodiazepines are
// anxiety medicines; fda-2020-benzodiazepines: "abrupt stopping can cause withdrawal seizures"), so that a
// patient who reads "coma or death" does not stop one on their own.
/** Other sleep-causing medicines: the anesthetic label's warning, and not to stop a benzodiazepine suddenly. */
export const OTHER_SEDATING_DRUGS: Fact = {
  text: () =>
    msg(
      'Other medicines. Some drugs make you sleepy. These include some anxiety medicines (benzodiazepines) and opioids (strong painkillers). Ketamine taken with them may cause very deep sleep, slowed breathing, coma or death. The label of ketamine for surgery (as an anesthetic) warns about this. Tell your clinic about all your medicines. Do not stop a benzodiazepine suddenly on your own. Stopping it suddenly can make you very ill (withdrawal) and can even cause seizures. Ask your doctor first.',
      {
        id: 'safety-facts.who.other-drugs',
        desc: 'Safety facts: the warning of the ketamine anesthetic label (Ketalar) about taking ketamine with benzodiazepines, opioids or other sedating drugs (profound sedation, respiratory depression, coma or death). "For surgery (as an anesthetic)" says which label, in plain words; "very deep sleep" = profound sedation (a deep, hard-to-wake sleep, not ordinary sedation). Benzodiazepines (some anxiety medicines) and opioids (strong painkillers): keep the plain words and the drug class in brackets, using the usual local terms. The last three sentences are the FDA benzodiazepine warning (2020): stopping a benzodiazepine abruptly can cause withdrawal seizures, so the patient should not stop on their own but ask their doctor; keep them.',
      },
    ),
  sources: ['ketalar-label', 'fda-2020-benzodiazepines'],
};

// D (fda-2023-compounded-ketamine, 10 Oct 2023: listed risks).
/** The risks the FDA named for compounded ketamine. */
export const FDA_2023_RISKS: Fact = {
  text: () =>
    msg(
      'In 2023 the FDA warned about compounded ketamine (made by a pharmacy). It named these risks: abuse and misuse, mental health problems, higher blood pressure, slowed breathing, and bladder and urine problems.',
      {
        id: 'safety-facts.status.fda-2023',
        desc: 'Safety facts, approval status: the FDA warning of October 2023 on compounded ketamine and the risks it lists. Keep the year.',
      },
    ),
  sources: ['fda-2023-compounded-ketamine'],
};

// I (ketalar-label: no FDA label sets rules for low-dose ketamine in psychiatry; spravato-label: the
// contraindications and cautions named, as things to tell the clinic; E: racemic ketamine by IV infusion,
// injection or tablet).
/** Ketamine other than the nasal spray: no label says who should not have it, so what to tell the clinic. */
export const TELL_YOUR_CLINIC: Fact = {
  text: () =>
    msg(
      'Ketamine by drip (into a vein), shot (under the skin or into a muscle) or tablet: no FDA label lists who should not have it for mental health. Ask your clinic. Tell them if you have had problems with your blood vessels, brain, heart or blood pressure, psychosis (losing touch with what is real) or drug use, if you are allergic to ketamine or esketamine, or if you are pregnant or breastfeeding. Tell them about all your medicines too.',
      {
        id: 'safety-facts.who.iv',
        desc: 'Safety facts: for ketamine in mental health given any other way than the approved nasal spray (drip = intravenous infusion; shot = injection under the skin or into a muscle; tablet), no FDA label lists who should not have it; the patient should ask the clinic and tell them about these conditions (psychosis explained in plain words; an allergy to ketamine or esketamine) and all medicines. FDA = US Food and Drug Administration.',
      },
    ),
  sources: ['ketalar-label', 'spravato-label'],
};

// K (spravato-patient-site: no food 2 hours and no drinks 30 minutes before; review 20); I (spravato-label: "Assess
// blood pressure prior to and after administration" (reviews 15 and 16); spravato-label,
// spravato-patient-site: watched at least 2 hours, a ride home, no driving until the next day after a restful sleep;
// ketalar-label: no FDA label sets rules for low-dose ketamine in psychiatry); E: racemic ketamine by IV infusion,
// injection or tablet; K: rules for it UNVERIFIED, so "ask your clinic", naming what to ask, as the section's details do (review 20).
/** The nasal spray's rules at each session, and that no label sets them for other forms. */
export const NASAL_SPRAY_RULES: Fact = {
  text: () =>
    msg(
      'With the nasal spray, you must not eat for 2 hours or drink for 30 minutes before a dose. Your blood pressure is checked before and after each dose. You are watched for at least 2 hours, need a ride home, and must not drive until the next day, after a good night’s sleep. Ketamine by drip, shot or tablet: no FDA label sets rules for its use in mental health. Ask your clinic about eating and drinking before, how long you stay, a ride home and driving.',
      {
        id: 'safety-facts.rules.key',
        desc: 'Safety facts: the key line under the heading "Rules that come with the approved nasal spray", seen before the section is opened. The nasal spray = esketamine, the one approved form; drip = intravenous (IV) infusion, shot = injection (under the skin or into a muscle), tablet = by mouth: every other form of ketamine; FDA = US Food and Drug Administration. Keep the number.',
      },
    ),
  sources: ['spravato-label', 'spravato-patient-site', 'ketalar-label'],
};

// Long-term safety unknown (I spravato-label; D short-2018-sr; I sanacora-2017-consensus); genitourinary pain after
// chronic off-label use (I ketalar-label); misuse (I spravato-label), severe ulcerative cystitis in daily recreational
// users (D shahani-2007), memory problems with repeated misuse or abuse (I spravato-label). The safety facts' key line
// for its long-term section, and the visit summary's long-term fact, so the sheet alone names the risks (review 21, D2).
/** What is and is not known about frequent or long-term use. */
export const LONG_TERM_RISKS: Fact = {
  text: () =>
    msg(
      'No one knows yet if long-term use is safe. There are reports of pain in the bladder, the tubes that carry urine, or the sex organs in people who used ketamine off-label for a long time. Ketamine can be misused. Repeated misuse has been linked to memory problems and to severe inflammation of the bladder wall, with sores.',
      {
        id: 'safety-facts.long-term.key',
        desc: 'Safety facts: the key line under the heading "Risks of frequent or long-term use", seen before the section is opened; the printed visit summary shows it too. Off-label = for something it is not approved for (here, long-term medical use outside the label); misuse = use that is not as prescribed. Pain in the bladder, the tubes that carry urine, or the sex organs = genitourinary pain, in plain words. Severe inflammation of the bladder wall, with sores = ulcerative cystitis, in plain words (not a urinary infection); use the same words as in the Bladder problems item.',
      },
    ),
  sources: ['ketalar-label', 'spravato-label', 'shahani-2007'],
};

/** The heading of the questions a patient can ask the clinic. */
export const questionsTitle = (): string =>
  msg('Questions to ask your clinic', {
    id: 'safety-facts.questions.title',
    desc: 'Heading of the list of questions a patient can ask the clinic before treatment.',
  });

/** A question a patient can ask the clinic, with its stable id (the end of its message id). */
export interface QuestionToAsk {
  id: string;
  text: () => string;
}

/** Questions, not facts: they claim nothing, so they cite nothing. */
export const QUESTIONS_TO_ASK: readonly QuestionToAsk[] = [
  {
    id: 'monitoring',
    text: () =>
      msg('Who will watch me during and after each session, and for how long?', {
        id: 'safety-facts.questions.monitoring',
        desc: 'A question the patient can ask the clinic.',
      }),
  },
  {
    id: 'blood-pressure',
    text: () =>
      msg('What happens if my blood pressure goes up?', {
        id: 'safety-facts.questions.blood-pressure',
        desc: 'A question the patient can ask the clinic.',
      }),
  },
  {
    id: 'heart',
    text: () =>
      msg(
        'I have high blood pressure, or heart or blood-vessel problems. Is ketamine safe for me, and how will you check me?',
        {
          id: 'safety-facts.questions.heart',
          desc: 'A question the patient can ask the clinic, for people with high blood pressure or heart or blood-vessel problems.',
        },
      ),
  },
  {
    id: 'sessions',
    text: () =>
      msg('How many sessions will I need?', {
        id: 'safety-facts.questions.sessions',
        desc: 'A question the patient can ask the clinic.',
      }),
  },
  {
    id: 'cost',
    text: () =>
      msg('What will the whole treatment cost me?', {
        id: 'safety-facts.questions.cost',
        desc: 'A question the patient can ask the clinic.',
      }),
  },
  {
    id: 'no-help',
    text: () =>
      msg('What happens if it does not help me?', {
        id: 'safety-facts.questions.no-help',
        desc: 'A question the patient can ask the clinic.',
      }),
  },
  {
    id: 'after-hours',
    text: () =>
      msg('Who do I call if I feel unwell after I get home?', {
        id: 'safety-facts.questions.after-hours',
        desc: 'A question the patient can ask the clinic.',
      }),
  },
];
