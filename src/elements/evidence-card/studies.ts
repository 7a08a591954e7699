import { msg } from '@lit/localize';
import type { StudyInput } from './study.schema.js';
import type { FrequencyComparison } from '../../internal/icon-array.js';
import { STUDY_CITATIONS, type StudyId } from '../../content/study-citations.js';

/**
 * A built-in study: a study as a clinic could write it, plus the shares of people with an outcome in each group,
 * drawn as icon arrays beside the main result (a clinic's own study has none: its numbers are not checked here).
 */
export type BuiltInStudy = StudyInput & { frequencies?: readonly FrequencyComparison[] };

/*
 * The built-in studies: sections A and B of shared/content/evidence.md, with
 * the ids given there. Every number and claim here is in that file; fields the
 * file marks UNVERIFIED (PMIDs, some author lists, effect sizes) are left out.
 * Prose goes through msg() so translators get it; citations stay as published.
 * Each entry is a function so its text is read in the current locale.
 */

/* Phrases that several studies share, so translators see each once. */
const refractoryGadSad = (): string =>
  msg('Generalized or social anxiety disorder, or both. Other treatments did not help.', {
    id: 'condition.gad-sad-refractory',
    desc: 'Condition: treatment-refractory generalized anxiety disorder (GAD) and/or social anxiety disorder. Use standard clinical terms.',
  });
const chronicPtsd = (): string =>
  msg('Chronic post-traumatic stress disorder (PTSD)', {
    id: 'condition.ptsd-chronic',
    desc: 'Condition: chronic posttraumatic stress disorder. Use the standard clinical term and abbreviation.',
  });
const singleInfusionDose = (): string =>
  msg('0.5 mg per kg of body weight, over 40 minutes', {
    id: 'dose.single-infusion',
    desc: 'A single ketamine infusion dose. Keep the numbers and units.',
  });
const ascendingWeeklyDoses = (): string =>
  msg('0.25, then 0.5, then 1 mg per kg, one dose a week', {
    id: 'dose.ascending-weekly',
    desc: 'Three rising ketamine doses, one a week. Keep the numbers and units.',
  });
const midazolam = (): string =>
  msg('midazolam (another drug, used for comparison)', {
    id: 'control.midazolam',
    desc: 'The comparison drug midazolam (an active comparison drug, given in place of a placebo), with a plain explanation.',
  });

/* The groups of the icon arrays. */
const ketamineGroup = (): string =>
  msg('Ketamine', { id: 'study.group.ketamine', desc: 'Icon array: the name of the group that got ketamine.' });
const midazolamGroup = (): string =>
  msg('Midazolam', {
    id: 'study.group.midazolam',
    desc: 'Icon array: the name of the group that got midazolam (an active comparison drug).',
  });
const placeboGroup = (): string =>
  msg('Placebo', {
    id: 'study.group.placebo',
    desc: 'Icon array: the name of the group (or the treatment period) on placebo, a dummy treatment.',
  });

const taylor2018: () => BuiltInStudy = () => ({
  id: 'taylor-2018-sad',
  headline: msg('One ketamine drip vs. a dummy drip for social anxiety', {
    id: 'study.taylor-2018-sad.headline',
    desc: 'Card headline for Taylor 2018: a trial of one ketamine drip into a vein (infusion) vs. a placebo drip, in social anxiety disorder.',
  }),
  condition: msg('Social anxiety disorder', {
    id: 'condition.sad',
    desc: 'Name of the condition (DSM-5 social anxiety disorder). Use the standard clinical term.',
  }),
  design: {
    randomized: true,
    blinding: 'double-blind',
    control: 'placebo',
    controlDescription: msg('saline (salt water)', {
      id: 'study.taylor-2018-sad.control',
      desc: 'Taylor 2018: what the comparison group received, a saline drip.',
    }),
    crossover: true,
    // §A taylor-2018-sad, Design: "randomized, crossover … 28-day washout". Not "each person got both".
    crossoverDescription: msg('each person was meant to get both drips, 28 days apart', {
      id: 'study.taylor-2018-sad.crossover',
      desc: 'Taylor 2018: how its crossover worked; it follows "Crossover:" and ends the sentence. "Was meant to get" (not "got"): the plan, not a count of who got both. Keep the number.',
    }),
  },
  participants: 18,
  dose: singleInfusionDose(),
  route: 'intravenous',
  outcome: 'mixed',
  // §A taylor-2018-sad, Results: LSAS better (p = 0.01); self-rated VAS-Anxiety scores no different overall (p = 0.95),
  // but response on it differed (p = 0.034); response 33.33% vs 0% (LSAS) and 88.89% vs 52.94% (VAS), as natural
  // frequencies here and exactly in resultNumbers.
  result: msg(
    'In 18 adults with social anxiety, over 2 weeks: doctors rated social anxiety as better after ketamine than after placebo. But the overall scores patients gave their own anxiety did not differ between ketamine and placebo. On the doctors’ scale, about 3 in 10 people responded to ketamine, and 0 in 10 to placebo. On the patients’ own scale, more people responded after ketamine (about 9 in 10) than after placebo (about 5 in 10). So many people also improved on placebo.',
    {
      id: 'study.taylor-2018-sad.result',
      desc: 'Taylor 2018 main result, in plain words. Doctors’ scale = clinician-rated LSAS; the patients’ own scale = self-rated VAS-Anxiety. Its overall scores did not differ, but more people responded on it after ketamine: keep both points. "About 3 in 10", "0 in 10", "about 9 in 10" and "about 5 in 10" are natural frequencies: keep them as numbers of people out of 10. Keep all numbers and the point that many people improved on placebo.',
    },
  ),
  resultNumbers: msg(
    'The doctors’ social anxiety scale (LSAS): better with ketamine (p = 0.01). A response there (a fall of 35% or more): 33.33% with ketamine, 0% with placebo (p = 0.025). The patients’ own anxiety scale (VAS): overall scores did not differ (p = 0.95). A response there (a fall of 50% or more): 88.89% with ketamine, 52.94% with placebo (p = 0.034).',
    {
      id: 'study.taylor-2018-sad.result-numbers',
      desc: 'Taylor 2018: the exact figures behind the main result. LSAS = Liebowitz Social Anxiety Scale (clinician-rated); VAS = VAS-Anxiety, a visual analogue scale patients mark themselves. Keep the abbreviations and all numbers.',
    },
  ),
  // §A taylor-2018-sad, Results: response over 2 weeks, LSAS (≥35% reduction) 33.33% vs 0%; VAS (≥50% reduction)
  // 88.89% vs 52.94%, p = 0.025 and p = 0.034. A crossover of 18 adults, but 52.94% is not a share of 18 (it is 9
  // of 17): the file does not say how many were rated in each period, so the captions name the study, not the
  // group. Self-rated VAS-Anxiety: no difference (p = 0.95), a note on the VAS array as plain as its response.
  frequencies: [
    {
      id: 'lsas-response',
      context: () =>
        msg(
          'In this study of 18 adults with social anxiety, over 2 weeks: how many the doctors rated as much better (anxiety down by 35% or more)',
          {
            id: 'study.taylor-2018-sad.frequency-lsas',
            desc: 'Taylor 2018: caption of the icon arrays of response on the clinician-rated LSAS. Keep the numbers.',
          },
        ),
      groups: [
        { name: ketamineGroup, share: { percent: 33.33 } },
        { name: placeboGroup, share: { percent: 0 } },
      ],
      difference: 'significant',
      participants: 18,
    },
    {
      id: 'vas-response',
      context: () =>
        msg(
          'In this study of 18 adults with social anxiety, over 2 weeks: how many said their anxiety fell by half or more',
          {
            id: 'study.taylor-2018-sad.frequency-vas',
            desc: 'Taylor 2018: caption of the icon arrays of response on the self-rated VAS-Anxiety. "This study of 18 adults" names the study, not the number rated in each group. Keep the numbers.',
          },
        ),
      groups: [
        { name: ketamineGroup, share: { percent: 88.89 } },
        { name: placeboGroup, share: { percent: 52.94 } },
      ],
      difference: 'significant',
      participants: 18,
      notes: () => [
        msg('But on average, how anxious people said they felt did not differ with ketamine or placebo.', {
          id: 'study.taylor-2018-sad.frequency-vas-null',
          desc: 'Taylor 2018: note under the icon arrays of the self-rated scale: the main result on that same scale (the average VAS-Anxiety scores over time) showed no difference between ketamine and placebo (p = 0.95). Keep the negation as plain as the response figures.',
        }),
        msg('Many people also improved on placebo.', {
          id: 'study.taylor-2018-sad.frequency-vas-placebo',
          desc: 'Taylor 2018: note under the icon arrays of the self-rated scale: about 5 in 10 also responded on placebo.',
        }),
      ],
    },
  ],
  firstMeasured: msg('From 3 hours after the infusion to day 14', {
    id: 'study.taylor-2018-sad.first-measured',
    desc: 'Taylor 2018: when the ratings were made (the first at 3 hours, the last on day 14).',
  }),
  followUp: msg('14 days. We do not know if any benefit lasted longer.', {
    id: 'study.taylor-2018-sad.follow-up',
    desc: 'Taylor 2018: how long follow-up lasted; the end of follow-up is not a proven length of benefit.',
  }),
  limitations: msg(
    'Very small study. The authors call it a first test of the idea (proof of concept). It ended after 2 weeks.',
    {
      id: 'study.taylor-2018-sad.limitations',
      desc: 'Taylor 2018: limitations line.',
    },
  ),
  citation: STUDY_CITATIONS['taylor-2018-sad'],
});

const glue2017: () => BuiltInStudy = () => ({
  id: 'glue-2017-dose',
  headline: msg('Rising doses of ketamine shots for anxiety that is hard to treat', {
    id: 'study.glue-2017-dose.headline',
    desc: 'Card headline for Glue 2017: weekly ketamine shots (injections under the skin) at three rising doses.',
  }),
  condition: refractoryGadSad(),
  design: { randomized: false, blinding: 'open-label', control: 'none', crossover: false },
  participants: 12,
  dose: ascendingWeeklyDoses(),
  route: 'subcutaneous',
  outcome: 'improved',
  // §A glue-2017-dose, Population (12 patients, treatment-refractory GAD and/or SAD), Design (subcutaneous) and Results
  // (effect, dissociation, blood pressure and heart rate all rose with dose); §E: subcutaneous injection, not infusion.
  // Who took part, the route and the harms are in the first view.
  result: msg(
    '12 people with hard-to-treat anxiety took part. Anxiety eased within 1 hour of a ketamine shot under the skin (not a drip into a vein). The effect lasted up to 7 days. Higher doses helped more: 10 of 12 people responded at 0.5 to 1 mg per kg. Feeling detached or unreal, blood pressure and heart rate also rose at higher doses.',
    {
      id: 'study.glue-2017-dose.result',
      desc: 'Glue 2017 main result, shown on the card before its details. It starts with who took part (12 people with treatment-refractory anxiety). "A shot under the skin (not a drip into a vein)" = a subcutaneous injection, not an infusion: keep that contrast. Keep all numbers and the harms that rose with the dose.',
    },
  ),
  // §A glue-2017-dose, Results: 10/12 responded at 0.5–1 mg/kg (the two higher of the three doses), time of rating not
  // given; Design: no control group.
  frequencies: [
    {
      id: 'response',
      context: () =>
        msg('In this study of 12 people with hard-to-treat anxiety, at the two higher doses: how many responded', {
          id: 'study.glue-2017-dose.frequency',
          desc: 'Glue 2017: caption of the icon array of the people who responded at the two higher doses (0.5 and 1 mg per kg). Keep the numbers.',
        }),
      groups: [{ name: ketamineGroup, share: { count: 10, of: 12 } }],
      participants: 12,
      notes: () => [
        msg('Our source does not say how long after a dose this was checked.', {
          id: 'study.glue-2017-dose.frequency-when',
          desc: 'Glue 2017: note under its icon array: the source does not give the time after the dose when response was rated (anxiety fell within 1 hour and the effect lasted up to 7 days, but the response count has no time).',
        }),
        msg('There was no comparison group, so we cannot tell how many would have improved without ketamine.', {
          id: 'study.glue-2017-dose.frequency-no-comparison',
          desc: 'Glue 2017: note under its icon array: the study had no control group, so how many would have improved anyway is unknown.',
        }),
      ],
    },
  ],
  firstMeasured: msg('Within 1 hour of a dose', {
    id: 'study.glue-2017-dose.first-measured',
    desc: 'Glue 2017: when the effect was first seen.',
  }),
  followUp: msg('Effects lasted up to 7 days after a dose.', {
    id: 'study.glue-2017-dose.follow-up',
    desc: 'Glue 2017: how long effects were seen after each weekly dose.',
  }),
  sideEffects: msg(
    'Dissociation (feeling detached or unreal), higher blood pressure and faster heart rate. All rose with the dose. The authors describe ketamine as safe and well tolerated in this study of 12 people. A study this small and short cannot show that ketamine is safe.',
    {
      id: 'study.glue-2017-dose.side-effects',
      desc: 'Glue 2017: side effects. Explain "dissociation" in plain words as in the source. The last sentence: 12 people, single doses a week apart, is too little to show safety. Keep the number.',
    },
  ),
  limitations: msg(
    'Only 12 people. No comparison group, and everyone knew they got ketamine. Shots under the skin, not an infusion.',
    {
      id: 'study.glue-2017-dose.limitations',
      desc: 'Glue 2017: limitations line. "Shots under the skin" = subcutaneous injections.',
    },
  ),
  citation: STUDY_CITATIONS['glue-2017-dose'],
});

const glue2018: () => BuiltInStudy = () => ({
  id: 'glue-2018-maintenance',
  headline: msg('Ketamine shots once or twice a week to keep a response going', {
    id: 'study.glue-2018-maintenance.headline',
    desc: 'Card headline for Glue 2018: maintenance treatment with ketamine injections under the skin, once or twice a week.',
  }),
  condition: refractoryGadSad(),
  design: { randomized: false, blinding: 'open-label', control: 'none', crossover: false },
  participants: 20,
  dose: msg('1 mg per kg, once or twice a week, for 3 months', {
    id: 'study.glue-2018-maintenance.dose',
    desc: 'Glue 2018: the maintenance dose. Keep the numbers and units.',
  }),
  route: 'subcutaneous',
  outcome: 'improved',
  // §A glue-2018-maintenance, Design (uncontrolled, open-label), Population (20 responders from the ascending-dose
  // study), Results and Adverse effects (blood pressure about 10 mm Hg higher at 30 min; dissociation, CADSS 20 at
  // week 1, 8.8 at week 14): who took part, the open design and the main harms are all in the first view.
  result: msg(
    'All 20 had already done well on ketamine shots, and everyone knew they got ketamine. One hour after each dose, anxiety scores fell by about 50%. 18 of 20 people said their social life or work went better. Blood pressure rose about 10 mm Hg 30 minutes after a dose. People felt detached or unreal after doses; by week 14 this was less than half what it was in week 1.',
    {
      id: 'study.glue-2018-maintenance.result',
      desc: 'Glue 2018 main result (Fear Questionnaire and Hamilton Anxiety scores), shown on the card before its details, with its main harms. "Had already done well on ketamine shots" = all 20 had responded to ketamine injections under the skin in an earlier study; "everyone knew they got ketamine" = open-label. "Felt detached or unreal" = dissociation, as in the side effects; "less than half what it was in week 1" = the dissociation score was 20 at week 1 and 8.8 at week 14 (only these two points were reported). Keep all numbers and units (mm Hg).',
    },
  ),
  firstMeasured: msg('1 hour after each dose', {
    id: 'study.glue-2018-maintenance.first-measured',
    desc: 'Glue 2018: when the effect was measured.',
  }),
  followUp: msg('3 months of treatment', {
    id: 'study.glue-2018-maintenance.follow-up',
    desc: 'Glue 2018: how long the study lasted.',
  }),
  // §A glue-2018-maintenance, Adverse effects: CADSS 20 at week 1, 8.8 at week 14 (less than half).
  sideEffects: msg(
    'Feeling detached or unreal (dissociation) was less than half as strong in week 14 as in week 1 (on a dissociation scale, 20 in week 1, 8.8 in week 14). Blood pressure rose about 10 mm Hg at 30 minutes. Most common: nausea, dizziness, blurred vision.',
    {
      id: 'study.glue-2018-maintenance.side-effects',
      desc: 'Glue 2018: side effects. The scores 20 (week 1) and 8.8 (week 14) are on the CADSS, a dissociation scale. Keep all numbers and units.',
    },
  ),
  limitations: msg(
    'Only people who had already done well on ketamine took part. No comparison group, and everyone knew they got ketamine.',
    {
      id: 'study.glue-2018-maintenance.limitations',
      desc: 'Glue 2018: limitations line.',
    },
  ),
  citation: STUDY_CITATIONS['glue-2018-maintenance'],
});

const glue2020Replication: () => BuiltInStudy = () => ({
  id: 'glue-2020-replication',
  headline: msg('Rising doses of ketamine shots, with one dose of another drug hidden among them', {
    id: 'study.glue-2020-replication.headline',
    desc: 'Card headline for Glue 2020: double-blind study of ketamine shots (injections under the skin) in which one dose of midazolam (an active comparison drug) was slipped in at random as a comparison.',
  }),
  condition: refractoryGadSad(),
  design: {
    randomized: false,
    blinding: 'double-blind',
    control: 'active',
    controlDescription: msg(
      'one dose of midazolam (another drug, used for comparison), put at random among the ketamine doses',
      {
        id: 'study.glue-2020-replication.control',
        desc: 'Glue 2020: the comparison. Midazolam 0.01 mg/kg, inserted once at random among the ketamine doses.',
      },
    ),
    crossover: false,
  },
  participants: 12,
  dose: ascendingWeeklyDoses(),
  route: 'subcutaneous',
  outcome: 'improved',
  // §A glue-2020-replication, Population (12), Design (one midazolam dose randomly inserted; ketamine doses not
  // randomized in order), Results and Route (subcutaneous injection, not an infusion); §E.
  result: msg(
    '12 people with hard-to-treat anxiety took part. Anxiety improved within an hour of a ketamine shot under the skin (not a drip into a vein), and the effect lasted up to 1 week. Benefit, feeling detached or unreal (dissociation) and changes in blood pressure and heart rate all rose with the dose. Midazolam had only minor, brief effects. But there was only one dose of the comparison drug, and the ketamine doses were not given in random order.',
    {
      id: 'study.glue-2020-replication.result',
      desc: 'Glue 2020 main result, shown on the card before its details. It starts with who took part (12 people with treatment-refractory anxiety) and ends with the weak comparison (midazolam given once; ketamine doses in a fixed rising order). "A shot under the skin (not a drip into a vein)" = a subcutaneous injection, not an infusion: keep that contrast. Keep all numbers.',
    },
  ),
  firstMeasured: msg('Within an hour', {
    id: 'study.glue-2020-replication.first-measured',
    desc: 'Glue 2020: when the effect was first seen.',
  }),
  followUp: msg('Effects lasted up to 1 week after a dose.', {
    id: 'study.glue-2020-replication.follow-up',
    desc: 'Glue 2020: how long effects were seen after each weekly dose.',
  }),
  sideEffects: msg('Dissociation and changes in blood pressure and heart rate, rising with the dose.', {
    id: 'study.glue-2020-replication.side-effects',
    desc: 'Glue 2020: side effects.',
  }),
  limitations: msg(
    'Only 12 people. The ketamine doses were not given in random order, and the comparison drug was given only once. Shots under the skin, not an infusion.',
    {
      id: 'study.glue-2020-replication.limitations',
      desc: 'Glue 2020: limitations line. "Shots under the skin" = subcutaneous injections.',
    },
  ),
  citation: STUDY_CITATIONS['glue-2020-replication'],
});

const glue2020R107: () => BuiltInStudy = () => ({
  id: 'glue-2020-r107',
  headline: msg('Slow-release ketamine tablets: a small first test', {
    id: 'study.glue-2020-r107.headline',
    desc: 'Card headline for Glue 2020: open-label pilot of extended-release ketamine tablets.',
  }),
  condition: msg('Depression and anxiety that other treatments did not help', {
    id: 'condition.depression-anxiety-refractory',
    desc: 'Condition: treatment-resistant depression and anxiety. Use standard clinical terms.',
  }),
  design: { randomized: false, blinding: 'open-label', control: 'none', crossover: false },
  participants: 7,
  dose: msg('Slow-release tablets. The dose was set for each person.', {
    id: 'study.glue-2020-r107.dose',
    desc: 'Glue 2020 tablets: extended-release tablets, flexible dosing.',
  }),
  route: 'oral',
  outcome: 'improved',
  // §A glue-2020-r107, Design and Results: open-label, uncontrolled; 7 patients who had improved with subcutaneous
  // ketamine before; "one brief report of dissociation". Who took part, the open design and the one harm reported are
  // in the first view, beside the result.
  result: msg(
    'Mood improved slowly over 96 hours (4 days). All 7 people improved by more than 50% on mood ratings. All 7 had improved on ketamine shots before, and everyone knew they got ketamine. Feeling detached or unreal was reported once, briefly.',
    {
      id: 'study.glue-2020-r107.result',
      desc: 'Glue 2020 tablets main result, with the one side effect reported. "Ketamine shots" = injections under the skin; "everyone knew they got ketamine" = open-label; "feeling detached or unreal" = dissociation. Keep all numbers.',
    },
  ),
  // §A glue-2020-r107 (7 patients: "no change in vital signs"; one brief dissociation); §F: a single small
  // trial never reads as strong evidence; §I sanacora-2017-consensus: "limited data on safety".
  sideEffects: msg(
    'No change in vital signs (body measures such as blood pressure and heart rate). Dissociation was reported once, briefly. A study this small (7 people) cannot show that ketamine is safe.',
    {
      id: 'study.glue-2020-r107.side-effects',
      desc: 'Glue 2020 tablets: side effects. "Vital signs" = body measures such as blood pressure and heart rate; the source says only "no change in vital signs". The last sentence: with only 7 people, the study cannot show safety. Keep the number 7.',
    },
  ),
  limitations: msg(
    'Only 7 people, all of whom had improved on ketamine shots before. No comparison group. The main result is about mood, not anxiety alone.',
    {
      id: 'study.glue-2020-r107.limitations',
      desc: 'Glue 2020 tablets: limitations line.',
    },
  ),
  citation: STUDY_CITATIONS['glue-2020-r107'],
});

const feder2014: () => BuiltInStudy = () => ({
  id: 'feder-2014-ptsd',
  headline: msg('One ketamine drip vs. a drip of another drug (midazolam) for long-term PTSD', {
    id: 'study.feder-2014-ptsd.headline',
    desc: 'Card headline for Feder 2014: a single infusion (drip into a vein) of ketamine vs. midazolam, an active comparison drug, in chronic PTSD.',
  }),
  condition: chronicPtsd(),
  design: {
    randomized: true,
    blinding: 'double-blind',
    control: 'active',
    controlDescription: midazolam(),
    crossover: true,
    // §B feder-2014-ptsd, Design: "second infusion only if CAPS ≥ 50".
    crossoverDescription: msg(
      'each person was to get both, 2 weeks apart. But the second drip was given only if PTSD symptoms were still high (a score of 50 or more on the CAPS, a PTSD scale that a clinician gives)',
      {
        id: 'study.feder-2014-ptsd.crossover',
        desc: 'Feder 2014: how its crossover worked; it follows "Crossover:" and ends the sentence. CAPS = Clinician-Administered PTSD Scale, explained in plain words after it; keep the abbreviation and the number.',
      },
    ),
  },
  participants: 41,
  dose: singleInfusionDose(),
  route: 'intravenous',
  outcome: 'better-than-control',
  // §B feder-2014-ptsd, Population (41 adults with chronic PTSD), Result (effect size, CI and p are UNVERIFIED, so the
  // size is said to be unknown here) and Adverse effects ("transient dissociation and haemodynamic changes in some
  // patients"): the harms are in the first view too.
  result: msg(
    '41 adults with long-term PTSD took part. PTSD symptoms fell more after ketamine than after midazolam, 24 hours after the drip. Patients rated their own symptoms on a questionnaire (IES-R). The benefit was short-lived, and we could not check how big the difference was. Some people briefly felt detached or unreal, or had changes in blood pressure or heart rate.',
    {
      id: 'study.feder-2014-ptsd.result',
      desc: 'Feder 2014 main result, with its side effects. It starts with who took part (41 adults with chronic PTSD). IES-R = Impact of Event Scale–Revised, a questionnaire patients fill in themselves; keep the abbreviation. "We could not check how big the difference was": the size of the difference is not in our checked summary. The last sentence: short-lived dissociation ("felt detached or unreal") and changes in blood pressure or heart rate, in some patients.',
    },
  ),
  firstMeasured: msg('Main result at 24 hours after the infusion', {
    id: 'study.feder-2014-ptsd.first-measured',
    desc: 'Feder 2014: when the main result was measured.',
  }),
  sideEffects: msg('Short-lived dissociation and changes in blood pressure or heart rate in some patients.', {
    id: 'study.feder-2014-ptsd.side-effects',
    desc: 'Feder 2014: side effects.',
  }),
  limitations: msg('Only 41 people, at one clinic. The main result was at 24 hours.', {
    id: 'study.feder-2014-ptsd.limitations',
    desc: 'Feder 2014: limitations line.',
  }),
  citation: STUDY_CITATIONS['feder-2014-ptsd'],
});

const feder2021: () => BuiltInStudy = () => ({
  id: 'feder-2021-ptsd',
  headline: msg('Six ketamine drips vs. another drug (midazolam) for long-term PTSD', {
    id: 'study.feder-2021-ptsd.headline',
    desc: 'Card headline for Feder 2021: six infusions (drips into a vein) over two weeks, ketamine vs. midazolam (an active comparison drug), chronic PTSD.',
  }),
  condition: chronicPtsd(),
  design: {
    randomized: true,
    blinding: 'not-stated',
    control: 'active',
    controlDescription: midazolam(),
    crossover: false,
  },
  participants: 30,
  dose: msg('0.5 mg per kg, 6 infusions over 2 weeks', {
    id: 'study.feder-2021-ptsd.dose',
    desc: 'Feder 2021: the dose and schedule. Keep the numbers and units.',
  }),
  route: 'intravenous',
  outcome: 'better-than-control',
  // §B feder-2021-ptsd, Population (30 people with chronic PTSD) and Results: 11.88 points; d = 1.13 (95% CI
  // 0.36–1.91) in plain words here, exactly in resultNumbers; responders 67% vs 20% as natural frequencies;
  // response = ≥30% reduction [2nd]; among ketamine responders, median time to loss of response 27.5 days after the
  // course (review 5, D2: the fading and the meaning of "responded" in the first view).
  result: msg(
    '30 people with long-term PTSD took part. After 2 weeks, PTSD scores (CAPS-5 scale) were 11.88 points lower with ketamine than with midazolam. This was a large difference. But because the study was small, the true difference could be small or very large. About 7 in 10 people responded to ketamine, and 2 in 10 to midazolam. “Responded” meant symptoms fell by at least 30%. In those helped, the benefit faded: half had lost it by about 4 weeks (27.5 days) after the last drip.',
    {
      id: 'study.feder-2021-ptsd.result',
      desc: 'Feder 2021 main result, in plain words. It starts with who took part (30 people with chronic PTSD). "The true difference could be small or very large" = the 95% confidence interval was wide. CAPS-5 = Clinician-Administered PTSD Scale; keep the abbreviation. "About 7 in 10" and "2 in 10" are natural frequencies (people out of 10). “Responded” = a response, a fall in symptoms of 30% or more. The last sentence: among those who responded to ketamine, the median time to losing the response was 27.5 days (about 4 weeks) after the last infusion ("half had lost it by" = the median). Keep all numbers.',
    },
  ),
  resultNumbers: msg(
    'How big the difference was: d = 1.13 on a shared scale (95% range: likely between 0.36 and 1.91). A response (symptoms fell by 30% or more): 67% with ketamine, 20% with midazolam.',
    {
      id: 'study.feder-2021-ptsd.result-numbers',
      desc: 'Feder 2021: the exact figures behind the main result. "How big the difference was … on a shared scale" = the effect size, Cohen’s d (a standardized score); keep "d = 1.13". "95% range" = 95% confidence interval, as the glossary calls it; "likely between" explains it. Keep all numbers.',
    },
  ),
  // §B feder-2021-ptsd, Results: responders 67% vs 20% (response = ≥30% reduction [2nd]), at week 2.
  frequencies: [
    {
      id: 'response',
      context: () =>
        msg(
          'In this study of 30 people with long-term PTSD, after 2 weeks: how many responded (symptoms fell by 30% or more)',
          {
            id: 'study.feder-2021-ptsd.frequency',
            desc: 'Feder 2021: caption of the icon arrays of the people who responded to ketamine and to midazolam. Keep the numbers.',
          },
        ),
      groups: [
        { name: ketamineGroup, share: { percent: 67 } },
        { name: midazolamGroup, share: { percent: 20 } },
      ],
      // The file gives the CAPS-5 difference's confidence interval, but no test of the responder shares.
      difference: 'no-test',
      participants: 30,
    },
  ],
  firstMeasured: msg('Main result at week 2', {
    id: 'study.feder-2021-ptsd.first-measured',
    desc: 'Feder 2021: when the main result was measured.',
  }),
  followUp: msg('For those helped by ketamine, the benefit lasted a median of 27.5 days after the last drip.', {
    id: 'study.feder-2021-ptsd.follow-up',
    desc: 'Feder 2021: how long the response lasted among responders. Keep the number.',
  }),
  // §B feder-2021-ptsd ("no serious adverse events", 30 people); §F: a single small trial never reads as strong
  // evidence; §I sanacora-2017-consensus: "limited data on safety".
  sideEffects: msg(
    'No serious side effects were reported. A study this small (30 people) cannot show that ketamine is safe.',
    {
      id: 'study.feder-2021-ptsd.side-effects',
      desc: 'Feder 2021: side effects. The last sentence: with only 30 people, the study cannot show safety. Keep the number 30.',
    },
  ),
  limitations: msg(
    'Only 30 people. A response meant symptoms fell by 30% or more. Our summary does not say whether the study was blinded.',
    {
      id: 'study.feder-2021-ptsd.limitations',
      desc: 'Feder 2021: limitations line.',
    },
  ),
  citation: STUDY_CITATIONS['feder-2021-ptsd'],
});

const abdallah2022: () => BuiltInStudy = () => ({
  id: 'abdallah-2022-ptsd',
  headline: msg('Largest trial: ketamine did not ease PTSD symptoms more than placebo', {
    id: 'study.abdallah-2022-ptsd.headline',
    desc: 'Card headline for Abdallah 2022: the largest trial, which found no effect on PTSD symptoms. Keep it as plain as a positive headline.',
  }),
  condition: msg('Veterans and service members with PTSD that antidepressants did not help', {
    id: 'condition.ptsd-antidepressant-resistant',
    desc: 'Condition: antidepressant-resistant PTSD in military veterans and active-duty service members.',
  }),
  design: {
    randomized: true,
    blinding: 'double-blind',
    control: 'placebo',
    crossover: false,
  },
  participants: 158,
  dose: msg('0.2 or 0.5 mg per kg, 8 infusions, twice a week', {
    id: 'study.abdallah-2022-ptsd.dose',
    desc: 'Abdallah 2022: two dose groups and the schedule. Keep the numbers and units.',
  }),
  route: 'intravenous',
  outcome: 'no-difference',
  // §B abdallah-2022-ptsd: Population 158, PTSD not responding to antidepressants; primary outcome PCL-5, null; the
  // MADRS benefit at 0.5 mg/kg is secondary, so it comes after; "dissociative and psychosis-like effects rose with
  // dose, returned to baseline within 2 h": the harms are in the first view too.
  result: msg(
    '158 veterans and service members took part. Antidepressants had not helped their PTSD. PTSD symptoms, the main question, did not improve more with ketamine than with placebo, whether rated by patients or by clinicians. In a secondary result (not the main question), the 0.5 mg per kg dose eased depression symptoms more than placebo. Feeling detached and odd thoughts rose with the dose and were gone within 2 hours.',
    {
      id: 'study.abdallah-2022-ptsd.result',
      desc: 'Abdallah 2022 main result, with its side effects. It starts with who took part (158 military veterans and active-duty service members with antidepressant-resistant PTSD). Negative on PTSD, the primary outcome (self-rated PCL-5 and clinician ratings); depression (MADRS) improved at 0.5 mg/kg, a secondary outcome. Keep the PTSD result before the depression result, and the word for "secondary". The last sentence: dissociation ("feeling detached") and psychosis-like effects ("odd thoughts") rose with the dose and were gone within 2 hours. Keep the numbers.',
    },
  ),
  followUp: msg('4 weeks after the last infusion', {
    id: 'study.abdallah-2022-ptsd.follow-up',
    desc: 'Abdallah 2022: how long follow-up lasted.',
  }),
  sideEffects: msg(
    'Dissociation and psychosis-like effects (such as odd thoughts or perceptions) rose with the dose. They were gone within 2 hours and lessened with repeat doses.',
    {
      id: 'study.abdallah-2022-ptsd.side-effects',
      desc: 'Abdallah 2022: side effects.',
    },
  ),
  limitations: msg(
    'Veterans and service members whose PTSD had not responded to antidepressants. Results may differ in other groups.',
    {
      id: 'study.abdallah-2022-ptsd.limitations',
      desc: 'Abdallah 2022: limitations line (who took part).',
    },
  ),
  citation: STUDY_CITATIONS['abdallah-2022-ptsd'],
});

const duek2023: () => BuiltInStudy = () => ({
  id: 'duek-2023-ptsd',
  headline: msg('Ketamine plus brief trauma therapy did no better than another drug (midazolam) plus therapy', {
    id: 'study.duek-2023-ptsd.headline',
    desc: 'Card headline for Duek 2023: ketamine or midazolam (an active comparison drug), each followed by the same brief trauma-focused therapy. A negative result; state it as plainly as a positive headline.',
  }),
  condition: msg('Post-traumatic stress disorder (PTSD)', {
    id: 'condition.ptsd',
    desc: 'Condition: posttraumatic stress disorder. Use the standard clinical term and abbreviation.',
  }),
  design: {
    randomized: true,
    blinding: 'not-stated',
    control: 'active',
    controlDescription: msg('midazolam (another drug, used for comparison), also followed by therapy', {
      id: 'study.duek-2023-ptsd.control',
      desc: 'Duek 2023: the comparison group got midazolam and then the same trauma-focused therapy.',
    }),
    crossover: false,
    // PTSD symptoms were not the primary outcome (amygdala activation was): rated down for indirectness.
    secondaryOutcome: true,
  },
  participants: 27,
  dose: msg(
    'One drip of 0.5 mg per kg, given after recalling a trauma memory. Then 4 days of therapy focused on the trauma.',
    {
      id: 'study.duek-2023-ptsd.dose',
      desc: 'Duek 2023: the treatment given. Keep the numbers and units.',
    },
  ),
  route: 'intravenous',
  outcome: 'no-difference',
  // §B duek-2023-ptsd, Design (ketamine n = 14 or midazolam n = 13, then 4 days of trauma-focused therapy) and Result.
  result: msg(
    '27 people with PTSD took part. Each drip (ketamine or midazolam) was followed by 4 days of trauma therapy. PTSD symptoms improved equally in both groups.',
    {
      id: 'study.duek-2023-ptsd.result',
      desc: 'Duek 2023 main result (a null result). It starts with who took part (27 people with PTSD) and what both groups got: ketamine or midazolam, then the same trauma-focused therapy. Keep the numbers.',
    },
  ),
  limitations: msg(
    'Small pilot study (14 people got ketamine, 13 midazolam). Its main goal was brain imaging, not symptoms.',
    {
      id: 'study.duek-2023-ptsd.limitations',
      desc: 'Duek 2023: limitations line. The primary outcome was amygdala activation on brain scans.',
    },
  ),
  citation: STUDY_CITATIONS['duek-2023-ptsd'],
});

/** Every built-in study, by its stable id, in the order of the evidence file. */
export const STUDIES = {
  'taylor-2018-sad': taylor2018,
  'glue-2017-dose': glue2017,
  'glue-2018-maintenance': glue2018,
  'glue-2020-replication': glue2020Replication,
  'glue-2020-r107': glue2020R107,
  'feder-2014-ptsd': feder2014,
  'feder-2021-ptsd': feder2021,
  'abdallah-2022-ptsd': abdallah2022,
  'duek-2023-ptsd': duek2023,
} as const satisfies Record<StudyId, () => BuiltInStudy>;

export type { StudyId };
export const STUDY_IDS = Object.keys(STUDIES) as StudyId[];

export const isStudyId = (id: string): id is StudyId => Object.hasOwn(STUDIES, id);
