import { msg, str } from '@lit/localize';
import type { FrequencyComparison } from '../../internal/icon-array.js';
import {
  BLOOD_PRESSURE,
  DISSOCIATION,
  DISSOCIATION_PASSES,
  ESKETAMINE_APPROVAL,
  FDA_2023_RISKS,
  LONG_TERM_RISKS,
  LONG_TERM_UNKNOWN,
  NASAL_SPRAY_RULES,
  OFF_LABEL,
  OTHER_SEDATING_DRUGS,
  QUESTIONS_TO_ASK,
  SEDATION,
  TELL_YOUR_CLINIC,
  questionsTitle,
  type Fact as SharedFact,
} from '../../content/safety-shared.js';
import type { SectionId } from './section-ids.js';

/*
 * The built-in safety facts, in the order a patient needs them. Every fact
 * comes from shared/content/evidence.md (the comment above each names the
 * section and entry) and cites its sources by id (see content/sources.ts).
 * Scope rules kept here: the Spravato label covers esketamine nasal spray
 * only, so each label rule or rate says so ("the approved nasal spray"), and
 * its rates come from depression trials ("in the esketamine nasal-spray
 * studies, in depression"). Never used, as the file marks them UNVERIFIED:
 * the APA consensus's specific recommendations, respiratory depression in the
 * current boxed warning, the label's further blood-pressure wording, fasting
 * or driver rules for IV ketamine, and session counts. (Slowed breathing with
 * other sleep-causing drugs comes from the anesthetic label, ketalar-label, and
 * is said to come from it.) Rates are given as natural frequencies ("about 6 to
 * 8 in 10"), with the same denominator for both groups of a comparison ("8 to
 * 19 in 100 … 1 to 4 in 100"), and drawn as icon arrays beside them (see
 * internal/natural-frequency.ts). Each text is a function so it is read in the
 * current locale.
 */

/** A shared fact, with the rates it gives drawn as icon arrays beside it. */
export interface Fact extends SharedFact {
  frequencies?: FrequencyComparison;
}

/* The icon arrays of the esketamine label's rates: depression trials of the nasal spray, no placebo rate for two. */
const inSprayStudies = (): string =>
  msg('In the esketamine nasal-spray studies, in depression (not anxiety or PTSD)', {
    id: 'safety-facts.frequency.scope',
    desc: 'Safety facts: the start of each icon array caption, its scope: the rates come from depression trials of esketamine nasal spray, not from anxiety or PTSD.',
  });
const esketamineGroup = (): string =>
  msg('Esketamine', {
    id: 'safety-facts.group.esketamine',
    desc: 'Icon array: the name of the group that got esketamine nasal spray.',
  });
const noPlaceboRate = (): string =>
  msg('No rate for placebo is given, so only one group is shown.', {
    id: 'safety-facts.frequency.no-placebo',
    desc: 'Safety facts: note under an icon array of the esketamine label: no placebo rate is given for this effect, so the array shows only the esketamine group.',
  });

/** A list of facts, optionally introduced by a lead sentence (which may cite sources too). */
export interface Block {
  lead?: Fact;
  items: readonly Fact[];
}

export interface Section {
  id: SectionId;
  title: () => string;
  /**
   * The one line a patient needs to decide, shown under the title while the section is closed. It only
   * restates a fact the section cites (a summary cannot hold footnote links), so it has no sources of its own.
   */
  key?: () => string;
  blocks: readonly Block[];
}

const STATUS: Section = {
  id: 'status',
  title: () =>
    msg('Is it approved?', {
      id: 'safety-facts.status.title',
      desc: 'Heading of the section on the regulatory (FDA approval) status of ketamine.',
    }),
  // Restates the section's first, second and fourth facts: not approved for anxiety or PTSD (D,
  // fda-2023-compounded-ketamine); esketamine nasal spray approved only for some types of depression (D,
  // fda-2019-spravato); its 2019 boxed warning, which names suicidal thoughts and behaviors (I spravato-label; only
  // the 2019 wording is verified, so the year is said); and the FDA's 2023 warning on compounded ketamine with the
  // risks it listed (D fda-2023-compounded-ketamine), which the details give (review 14, D5).
  key: () =>
    msg(
      'The FDA has not approved ketamine by drip, shot or tablet for anxiety disorders, PTSD or any other mental health condition. Using it for anxiety or PTSD is called off-label use. Only one form, esketamine nasal spray, is approved for mental health, and only for some types of depression. Its 2019 label has a boxed warning, including about suicidal thoughts and behaviors. In 2023 the FDA warned about ketamine made by pharmacies. It named abuse and misuse, mental health problems, higher blood pressure, slowed breathing, and bladder problems.',
      {
        id: 'safety-facts.status.key',
        desc: 'Safety facts: the key line under the heading "Is it approved?", seen before the section is opened. Ketamine by drip (intravenous infusion), shot (injection) or tablet is approved for no mental health condition at all (FDA 2023); only esketamine nasal spray is, and only for some depression: keep both. FDA = the US Food and Drug Administration (keep the abbreviation); off-label use = use for something a drug is not approved for; PTSD = post-traumatic stress disorder. Esketamine nasal spray (Spravato) is the one approved form; boxed warning = a warning printed in a box on a US drug label (use the same term as the section’s boxed-warning fact). Ketamine made by pharmacies = compounded ketamine; its risks as the FDA listed them in October 2023 (as in the section’s fda-2023 fact). Keep the years.',
      },
    ),
  blocks: [
    {
      items: [
        OFF_LABEL,
        ESKETAMINE_APPROVAL,
        // D (fda-2019-spravato: REMS); I (spravato-patient-site: certified centers only, not at a pharmacy).
        {
          text: () =>
            msg(
              'The nasal spray is given only at certified treatment centers, under a safety program the FDA requires (a REMS). You cannot buy it at a pharmacy.',
              {
                id: 'safety-facts.status.rems',
                desc: 'Safety facts, approval status. REMS = Risk Evaluation and Mitigation Strategy, a US FDA safety program; explained in plain words, keep the abbreviation in brackets.',
              },
            ),
          sources: ['fda-2019-spravato', 'spravato-patient-site'],
        },
        // I (spravato-label: 2019 boxed warning "SEDATION; DISSOCIATION; ABUSE AND MISUSE; and SUICIDAL THOUGHTS AND
        // BEHAVIORS"; whether the current one names respiratory depression is UNVERIFIED, so it is not said).
        {
          text: () =>
            msg(
              'The 2019 label of the nasal spray has a boxed warning about: sedation (sleepiness), dissociation (feeling detached), abuse and misuse, and suicidal thoughts and behaviors.',
              {
                id: 'safety-facts.status.boxed-warning',
                desc: 'Safety facts, approval status: the topics of the boxed warning on the 2019 esketamine nasal spray label. Boxed warning = a warning printed in a box on a US drug label; use the usual local term. Keep the year.',
              },
            ),
          sources: ['spravato-label'],
        },
        FDA_2023_RISKS,
        // D (fda-2023-compounded-ketamine: Schedule III; approved as an IV/IM anaesthetic).
        {
          text: () =>
            msg(
              'Ketamine is approved as an anesthetic, to put people to sleep for surgery. It is given into a vein or a muscle. It is a controlled drug (Schedule III): US law limits its use.',
              {
                id: 'safety-facts.status.anesthetic',
                desc: 'Safety facts, approval status. Schedule III = a US class of controlled drugs (drugs whose use the law limits); keep the term.',
              },
            ),
          sources: ['fda-2023-compounded-ketamine'],
        },
      ],
    },
  ],
};

const EFFECTS: Section = {
  id: 'effects',
  title: () =>
    msg('What you may feel during and after a session', {
      id: 'safety-facts.effects.title',
      desc: 'Heading of the section on side effects felt during and soon after a treatment session.',
    }),
  // Names the effects the section cites: dissociation, blood pressure and heart rate (A glue-2017-dose,
  // glue-2018-maintenance; B abdallah-2022-ptsd); psychosis-like effects, odd thoughts or perceptions (B
  // abdallah-2022-ptsd; D short-2018-sr); and, kept to the nasal spray in depression (I spravato-label), dissociative
  // or perceptual changes 61% to 75% (about 6 to 8 in 10), sedation 48% to 61% (about 5 to 6 in 10) and loss of
  // consciousness 0.3% to 0.4% (3 or 4 in every 1,000), and a large blood-pressure rise 8% to 19% vs 1% to 4% on
  // placebo (8 to 19 in 100, 1 to 4 in 100: one denominator for both groups).
  key: () =>
    msg(
      'You may feel detached from yourself or your surroundings, or have odd thoughts or perceptions. Your blood pressure and heart rate may go up. In the esketamine nasal-spray studies, in depression (not anxiety or PTSD), about 6 to 8 in 10 people felt detached. About 5 to 6 in 10 became sleepy, and 3 or 4 in every 1,000 passed out. In those studies, 8 to 19 in 100 people had a large rise in blood pressure at least once (the top number up by 40 or more, or the bottom number up by 25 or more). On a placebo (a dummy treatment), 1 to 4 in 100 did.',
      {
        id: 'safety-facts.effects.key',
        desc: 'Safety facts: the key line under the heading "What you may feel during and after a session", seen before the section is opened. Detached = dissociation, in plain words; odd thoughts or perceptions = psychosis-like effects, in plain words. The rates of feeling detached (about 6 to 8 in 10 = 61% to 75%), sleepiness (about 5 to 6 in 10), passing out (losing consciousness; 3 or 4 in every 1,000 = 0.3% to 0.4%) and a large rise in blood pressure (8 to 19 in 100 = 8% to 19%, against 1 to 4 in 100 = 1% to 4% on placebo; both out of 100, so they can be compared) all come from the esketamine nasal-spray studies in depression (not anxiety or PTSD): keep that scope, the word esketamine, "In those studies" tying the blood-pressure rate to them, and the numbers.',
      },
    ),
  blocks: [
    {
      items: [
        // I (spravato-label: "61% to 75%" dissociative or perceptual changes: distortion of time and space,
        // illusions, derealisation, depersonalisation; depression trials). 61% to 75% = about 6 to 8 in 10.
        {
          ...DISSOCIATION,
          frequencies: {
            id: 'dissociation',
            context: () =>
              msg(str`${inSprayStudies()}: how many people felt detached`, {
                id: 'safety-facts.frequency.dissociation',
                desc: 'Safety facts: caption of the icon array of dissociation (feeling detached). The placeholder is the scope ("In the esketamine nasal-spray studies, in depression …").',
              }),
            groups: [{ name: esketamineGroup, share: { low: 61, high: 75 } }],
            notes: () => [noPlaceboRate()],
          },
        },
        DISSOCIATION_PASSES,
        BLOOD_PRESSURE,
        // A (glue-2018-maintenance: most common nausea, dizziness, blurred vision).
        {
          text: () =>
            msg('In that study of 20 people, the most common side effects were nausea, dizziness and blurred vision.', {
              id: 'safety-facts.effects.common',
              desc: 'Safety facts, effects: the most common side effects in the anxiety study named just before (Glue 2018).',
            }),
          sources: ['glue-2018-maintenance'],
        },
        // I (spravato-label: rises at all doses, peak about 40 min, last about 4 h; 8% to 19% vs 1% to 4% had
        // ≥ 40 mmHg systolic and/or ≥ 25 mmHg diastolic at least once in the first 4 weeks). 1% to 4% would be
        // 0 in 10, so both are out of 100: 8 to 19 in 100, 1 to 4 in 100.
        {
          text: () =>
            msg(
              'In the esketamine nasal-spray studies, in depression, blood pressure went up at every recommended dose. It was highest after about 40 minutes and lasted about 4 hours. In the first 4 weeks, 8 to 19 in 100 people had a large rise at least once. On placebo (a dummy treatment), 1 to 4 in 100 did. A large rise means the top number went up by 40 points or more, or the bottom number by 25 or more.',
              {
                id: 'safety-facts.effects.blood-pressure-label',
                desc: 'Safety facts, effects: blood pressure with esketamine nasal spray, from depression trials. "8 to 19 in 100" (8% to 19%) and "1 to 4 in 100" (1% to 4%, placebo) are the exact rates as numbers of people out of 100: keep both out of 100. Top number = systolic, bottom number = diastolic; points = mm Hg (a rise of 40 mm Hg or more systolic, or 25 mm Hg or more diastolic). Keep every number.',
              },
            ),
          sources: ['spravato-label'],
          frequencies: {
            id: 'blood-pressure',
            context: () =>
              msg(
                str`${inSprayStudies()}, in the first 4 weeks: how many people had a large rise in blood pressure at least once`,
                {
                  id: 'safety-facts.frequency.blood-pressure',
                  desc: 'Safety facts: caption of the icon arrays of a large blood-pressure rise, esketamine against placebo. The placeholder is the scope ("In the esketamine nasal-spray studies, in depression …"). Keep the number.',
                },
              ),
            groups: [
              { name: esketamineGroup, share: { low: 8, high: 19 } },
              {
                name: () =>
                  msg('Placebo', {
                    id: 'safety-facts.group.placebo',
                    desc: 'Icon array: the name of the group that got a placebo (a dummy treatment).',
                  }),
                share: { low: 1, high: 4 },
              },
            ],
            // The label gives both rates and no test of their difference, but states the rise itself (review 21, D1: an
            // "untested" note under a labelled harm would only cast doubt on it).
            difference: 'stated',
            notes: () => [
              msg('The label says blood pressure goes up at every recommended dose.', {
                id: 'safety-facts.frequency.blood-pressure-stated',
                desc: 'Safety facts: note under the icon arrays of a large blood-pressure rise: the esketamine nasal-spray label states that blood pressure rises at all recommended doses, so the difference from placebo is a stated effect, not a question of chance.',
              }),
            ],
          },
        },
        {
          ...SEDATION,
          // Sedation only: 0.3% to 0.4% passing out is too few for an array of 100 and stays in words.
          frequencies: {
            id: 'sedation',
            context: () =>
              msg(str`${inSprayStudies()}: how many people became sleepy (sedated)`, {
                id: 'safety-facts.frequency.sedation',
                desc: 'Safety facts: caption of the icon array of sedation (sleepiness). The placeholder is the scope ("In the esketamine nasal-spray studies, in depression …").',
              }),
            groups: [{ name: esketamineGroup, share: { low: 48, high: 61 } }],
            notes: () => [noPlaceboRate()],
          },
        },
        // I (spravato-label: healthy volunteers, decline at 40 min, back to placebo level at 2 h).
        {
          text: () =>
            msg(
              'Thinking. In healthy volunteers, one dose of the nasal spray made people do worse on thinking tests 40 minutes later. By 2 hours, they did as well as with placebo.',
              {
                id: 'safety-facts.effects.thinking',
                desc: 'Safety facts, effects: short-term effect of esketamine nasal spray on thinking (cognitive performance) in healthy volunteers. Keep the numbers.',
              },
            ),
          sources: ['spravato-label'],
        },
        // D (short-2018-sr: psychiatric, psychosis-like, cardiovascular and neurological side effects more frequent
        // than placebo after acute doses; depression).
        {
          text: () =>
            msg(
              'A review of ketamine in depression looked at side effects after a dose. These side effects were more common than with placebo: effects on mood and the mind, and psychosis-like effects (odd thoughts or perceptions). So were effects on the heart and nerves.',
              {
                id: 'safety-facts.effects.review',
                desc: 'Safety facts, effects: a systematic review of side effects of ketamine in depression (psychiatric, psychosis-like, cardiovascular and neurological). Psychosis-like effects are explained in brackets in plain words.',
              },
            ),
          sources: ['short-2018-sr'],
        },
      ],
    },
  ],
};

const RULES: Section = {
  id: 'rules',
  title: () =>
    msg('Rules that come with the approved nasal spray', {
      id: 'safety-facts.rules.title',
      desc: 'Heading of the section on the rules for esketamine nasal spray (the one approved form) at each session.',
    }),
  // Restates the section's rules (I spravato-label, spravato-patient-site; I ketalar-label: no FDA label sets rules for
  // low-dose ketamine in psychiatry; E: racemic ketamine by IV infusion, injection or tablet; K: rules for it UNVERIFIED,
  // ask your clinic).
  key: NASAL_SPRAY_RULES.text,
  blocks: [
    {
      // K: the Spravato rules may be shown as those of the one approved form.
      lead: {
        text: () =>
          msg('These are the rules for esketamine (Spravato) nasal spray, the one approved form:', {
            id: 'safety-facts.rules.lead',
            desc: 'Safety facts, rules: introduces the list of rules of esketamine nasal spray. Keep the brand name Spravato.',
          }),
        sources: [],
      },
      items: [
        // I (spravato-label: assess blood pressure before and after).
        {
          text: () =>
            msg('Your blood pressure is checked before and after each dose.', {
              id: 'safety-facts.rules.blood-pressure',
              desc: 'Safety facts, rules of the nasal spray: blood pressure checks.',
            }),
          sources: ['spravato-label'],
        },
        // I (spravato-label: monitored at least 2 hours, assessed before leaving; spravato-patient-site).
        {
          text: () =>
            msg('You are watched at the center for at least 2 hours after each dose, and checked before you leave.', {
              id: 'safety-facts.rules.monitoring',
              desc: 'Safety facts, rules of the nasal spray: monitoring after each dose. Keep the number.',
            }),
          sources: ['spravato-label', 'spravato-patient-site'],
        },
        // I (spravato-patient-site: no food 2 hours, no liquids 30 minutes before; nausea or vomiting).
        {
          text: () =>
            msg(
              'Do not eat for 2 hours before, and do not drink for 30 minutes before. The spray can make you feel sick or throw up.',
              {
                id: 'safety-facts.rules.fasting',
                desc: 'Safety facts, rules of the nasal spray: no food or drink beforehand. Keep the numbers.',
              },
            ),
          sources: ['spravato-patient-site'],
        },
        // I (spravato-label: someone to drive them home; spravato-patient-site: plan for rides).
        {
          text: () =>
            msg('Someone else must take you home.', {
              id: 'safety-facts.rules.ride',
              desc: 'Safety facts, rules of the nasal spray: the patient needs someone to drive them home.',
            }),
          sources: ['spravato-label', 'spravato-patient-site'],
        },
        // I (spravato-label: not until the next day after a restful sleep).
        {
          text: () =>
            msg('Do not drive until the next day, after a restful sleep.', {
              id: 'safety-facts.rules.driving',
              desc: 'Safety facts, rules of the nasal spray: when the patient may drive again.',
            }),
          sources: ['spravato-label'],
        },
      ],
    },
    {
      // I (ketalar-label: no FDA label sets rules for low-dose ketamine in psychiatry); E (racemic ketamine by IV infusion,
      // injection or tablet); K (the Glue studies' shots under the skin; rules outside trials UNVERIFIED: ask your clinic).
      items: [
        {
          text: () =>
            msg(
              'Ketamine by drip (into a vein), shot (under the skin or into a muscle) or tablet: no FDA label sets rules for its use in mental health. Ask your clinic about eating and drinking before, how long you stay, whether you need a ride home, and when you may drive again.',
              {
                id: 'safety-facts.rules.iv',
                desc: 'Safety facts, rules: for ketamine given any other way than the approved nasal spray (drip = intravenous infusion; shot = injection under the skin or into a muscle; tablet) there are no official rules; the patient should ask the clinic (about eating and drinking, length of stay, a ride home and driving). FDA = US Food and Drug Administration.',
              },
            ),
          sources: ['ketalar-label'],
        },
      ],
    },
  ],
};

const WHO: Section = {
  id: 'who',
  title: () =>
    msg('Who should not have it, and who needs extra care', {
      id: 'safety-facts.who.title',
      desc: 'Heading of the section on contraindications and cautions.',
    }),
  // Restates the section's gravest points, short (the details hold the rest: children, breastfeeding, the full
  // lists): the nasal spray's three contraindications, two cautions (psychosis; a history of drug abuse or
  // dependence) and "may cause fetal harm" (I spravato-label), each sentence naming the nasal spray; the anesthetic
  // label's warning, said to be its own (I ketalar-label: with benzodiazepines, opioids "or other sedating drugs" it
  // "may result in profound sedation, respiratory depression, coma, or death"; benzodiazepines as anxiety medicines:
  // D mendez-2024-ma); and, as no FDA label sets rules for low-dose ketamine in psychiatry (I ketalar-label), ketamine by
  // drip, shot or tablet (E): what to tell the clinic (the details' list, TELL_YOUR_CLINIC), so the nasal spray's list
  // is not read as a list for other forms. Not
  // stopping an anxiety medicine suddenly (D fda-2020-benzodiazepines: abrupt stopping can cause withdrawal seizures),
  // so that the warning does not lead a patient to stop a benzodiazepine on their own. Pregnancy and breastfeeding (I
  // spravato-label: Medication Guide "should not take … if you are pregnant"; "not to breastfeed during treatment").
  key: () =>
    msg(
      'The approved nasal spray is not for people with a bulging or tangled blood vessel, past brain bleeding, or an allergy to it or to ketamine. People with psychosis (losing touch with what is real) or past drug problems need extra care with the spray. The spray may harm an unborn baby. Do not use the spray while pregnant or breastfeeding. Ketamine by drip, shot or tablet: no FDA label says who should not have it for mental health. Tell your clinic if any of this applies to you, or if you have heart or blood pressure problems. Ketamine’s label for surgery (as an anesthetic) warns about drugs that make you sleepy, like some anxiety medicines (benzodiazepines) or strong painkillers (opioids). With them, ketamine may cause very deep sleep, slowed breathing, coma or death. Tell your clinic about all your medicines. But do not stop a benzodiazepine suddenly on your own: that can cause seizures. Ask your doctor first.',
      {
        id: 'safety-facts.who.key',
        desc: 'Safety facts: the key line under the heading "Who should not have it, and who needs extra care", seen before the section is opened; keep it short. The approved nasal spray = esketamine; "is not for" = must not be used by (contraindications); bulging or tangled blood vessel = aneurysm or arteriovenous malformation; past brain bleeding = intracerebral hemorrhage; psychosis = losing touch with what is real, in plain words (as in the section’s psychosis item); past drug problems = a history of drug abuse or dependence; unborn baby = fetus. Each sentence on the contraindications, the cautions and pregnancy names the nasal spray ("the spray"), so that none reads as if it applied to every form of ketamine; keep it named, not replaced by a pronoun. The pregnancy sentences: the spray’s patient leaflet says not to use it when pregnant, and its label says not to breastfeed during treatment. Drip = intravenous (IV) infusion, shot = injection, tablet = by mouth: every form of ketamine other than the approved nasal spray; FDA = US Food and Drug Administration. "Any of this" = the conditions just named (blood vessel, brain bleeding, allergy, psychosis, drug problems, pregnancy, breastfeeding): the patient tells the clinic about them and about heart or blood pressure problems. The warning about other medicines is that of the ketamine anesthetic label (Ketalar; "label for surgery (as an anesthetic)" explains which label in plain words), about benzodiazepines (some anxiety medicines), opioids (strong painkillers) or other sedating drugs; "very deep sleep" = profound sedation, in plain words (a deep, hard-to-wake sleep, not ordinary sedation). Keep the drug classes in brackets, using the usual local terms. The last sentences (do not stop a benzodiazepine suddenly: that can cause seizures; ask your doctor first) are the FDA benzodiazepine warning, about benzodiazepines only: keep them.',
      },
    ),
  blocks: [
    {
      // I (spravato-label: the three contraindications, exactly as listed).
      lead: {
        text: () =>
          msg('The label of the approved nasal spray says it must not be used by people with:', {
            id: 'safety-facts.who.lead',
            desc: 'Safety facts: introduces the contraindications of esketamine nasal spray (the people who must not use it).',
          }),
        sources: ['spravato-label'],
      },
      items: [
        {
          text: () =>
            msg(
              'a bulge in a blood vessel wall (aneurysm) in the chest, belly, brain, arms or legs, or a tangle of abnormal blood vessels (arteriovenous malformation)',
              {
                id: 'safety-facts.who.aneurysm',
                desc: 'Safety facts, contraindication: aneurysmal vascular disease (thoracic and abdominal aorta, intracranial and peripheral arteries) or arteriovenous malformation. A list item completing the lead sentence; no full stop.',
              },
            ),
          sources: ['spravato-label'],
        },
        {
          text: () =>
            msg('past bleeding in the brain (intracerebral hemorrhage)', {
              id: 'safety-facts.who.brain-bleed',
              desc: 'Safety facts, contraindication: a history of intracerebral hemorrhage (bleeding in the brain). A list item completing the lead sentence ("people with:"); no full stop.',
            }),
          sources: ['spravato-label'],
        },
        {
          text: () =>
            msg('an allergy to esketamine, ketamine or any other ingredient of the spray', {
              id: 'safety-facts.who.allergy',
              desc: 'Safety facts, contraindication: hypersensitivity to esketamine, ketamine or any excipient. A list item completing the lead sentence; no full stop.',
            }),
          sources: ['spravato-label'],
        },
      ],
    },
    {
      lead: {
        text: () =>
          msg('The label of the nasal spray also asks for extra care in these cases:', {
            id: 'safety-facts.who.cautions-lead',
            desc: 'Safety facts: introduces the cautions of the esketamine nasal spray label (not bans).',
          }),
        sources: [],
      },
      items: [
        // I (spravato-label: psychosis; initiate only if benefit outweighs risk).
        {
          text: () =>
            msg(
              'Psychosis (losing touch with what is real). Doctors should check carefully. They should start treatment only if the benefit is greater than the risk.',
              {
                id: 'safety-facts.who.psychosis',
                desc: 'Safety facts, caution: people with psychosis, explained in brackets in plain words (losing touch with what is real).',
              },
            ),
          sources: ['spravato-label'],
        },
        // I (spravato-label: history of drug abuse or dependence at greater risk; Schedule III).
        {
          text: () =>
            msg(
              'Past drug abuse or dependence. These people are at greater risk. Esketamine is a controlled drug (Schedule III): US law limits its use.',
              {
                id: 'safety-facts.who.substance-use',
                desc: 'Safety facts, caution: a history of drug abuse or dependence. Schedule III = a US class of controlled drugs.',
              },
            ),
          sources: ['spravato-label'],
        },
        // I (spravato-label: may cause fetal harm; Medication Guide: not if pregnant; not breastfeed).
        {
          text: () =>
            msg(
              'Pregnancy and breastfeeding. The nasal spray may harm an unborn baby. Its leaflet for patients says not to take it if you are pregnant. The label advises women not to breastfeed during treatment.',
              {
                id: 'safety-facts.who.pregnancy',
                desc: 'Safety facts, caution: pregnancy and breastfeeding, from the esketamine nasal spray label and its leaflet for patients (the US Medication Guide), in plain words.',
              },
            ),
          sources: ['spravato-label'],
        },
        // I (spravato-label: not approved in children).
        {
          text: () =>
            msg('Children. The nasal spray is not approved for children.', {
              id: 'safety-facts.who.children',
              desc: 'Safety facts: esketamine nasal spray is not approved for children.',
            }),
          sources: ['spravato-label'],
        },
      ],
    },
    {
      // Beyond the nasal spray's label: ketamine itself, and ketamine by drip, shot or tablet.
      items: [
        OTHER_SEDATING_DRUGS,
        // Closes the section, so the nasal spray's list is not read as the complete list for other forms of ketamine.
        TELL_YOUR_CLINIC,
      ],
    },
  ],
};

const LONG_TERM: Section = {
  id: 'long-term',
  title: () =>
    msg('Risks of frequent or long-term use', {
      id: 'safety-facts.long-term.title',
      desc: 'Heading of the section on risks with frequent or long-term use of ketamine.',
    }),
  // The section's facts, restated (the visit summary prints the same line).
  key: LONG_TERM_RISKS.text,
  blocks: [
    {
      items: [
        // I (spravato-label: boxed warning names abuse and misuse); D (fda-2023-compounded-ketamine).
        {
          text: () =>
            msg(
              'Abuse and misuse. The label of the approved nasal spray has a boxed warning about them. The FDA also names them as a risk of compounded ketamine.',
              {
                id: 'safety-facts.long-term.abuse',
                desc: 'Safety facts, long-term risks: abuse and misuse. Boxed warning = a warning printed in a box on a US drug label; use the usual local term.',
              },
            ),
          sources: ['spravato-label', 'fda-2023-compounded-ketamine'],
        },
        // D (shahani-2007: 9 daily recreational users, all severe ulcerative cystitis); I (ketalar-label: case
        // reports of genitourinary pain with chronic off-label use).
        {
          text: () =>
            msg(
              'Bladder problems. In one report, 9 people used ketamine every day for fun. All 9 had severe inflammation of the bladder wall, with sores (ulcerative cystitis). The anesthetic label of ketamine notes reports of pain in the bladder, the tubes that carry urine, or the sex organs. These were in people who had used ketamine off-label for a long time.',
              {
                id: 'safety-facts.long-term.bladder',
                desc: 'Safety facts, long-term risks: bladder problems (ulcerative cystitis in recreational users; genitourinary pain in chronic off-label use). "For fun" = recreational (non-medical) use. Ulcerative cystitis is an inflammation of the bladder wall with ulcers, not a urinary infection: use the clinical term, not the everyday word for a bladder infection. Pain in the bladder, the tubes that carry urine, or the sex organs = genitourinary pain, in plain words; use the same words as in the key line. Keep the number.',
              },
            ),
          sources: ['shahani-2007', 'ketalar-label'],
        },
        // I (spravato-label: long-term cognitive and memory impairment with repeated misuse or abuse).
        {
          text: () =>
            msg(
              'Memory. There are reports of long-term problems with memory and thinking. They were in people who misused ketamine again and again.',
              {
                id: 'safety-facts.long-term.memory',
                desc: 'Safety facts, long-term risks: memory and thinking problems reported with repeated ketamine misuse or abuse.',
              },
            ),
          sources: ['spravato-label'],
        },
        LONG_TERM_UNKNOWN,
      ],
    },
  ],
};

/** Questions, not facts: they claim nothing, so they cite nothing. */
const QUESTIONS: Section = {
  id: 'questions',
  title: questionsTitle,
  blocks: [{ items: QUESTIONS_TO_ASK.map(({ text }) => ({ text, sources: [] })) }],
};

/** Every section, in the default order (that of SECTION_IDS). */
export const SECTIONS: readonly Section[] = [STATUS, EFFECTS, RULES, WHO, LONG_TERM, QUESTIONS];
