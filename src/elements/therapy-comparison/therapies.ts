import { msg } from '@lit/localize';
import type { SourceId } from '../../content/sources.js';
import { CRITERION_IDS, THERAPY_IDS, type CriterionId, type TherapyId } from './therapy-ids.js';

/*
 * The built-in content of the therapy comparison: ketamine, SSRIs,
 * benzodiazepines and CBT, compared on seven questions. Every claim comes from
 * shared/content/evidence.md (sections A–E and J; the comment above each cell
 * names the section) and cites its sources by id (see sources.ts). A cell the file
 * does not support is simply absent from CELLS: the widget then shows "Not
 * covered by our sources" instead of a claim. Fields the file marks UNVERIFIED
 * (SSRI side-effect rates, NICE's CBT session counts, effect sizes of Feder 2014…)
 * are never used. Each text is a function so it is read in the current locale.
 */

// The ids live apart so the comparison schema can import them without the texts.
export { CRITERION_IDS, THERAPY_IDS, type CriterionId, type TherapyId };

export const isTherapyId = (id: string): id is TherapyId => (THERAPY_IDS as readonly string[]).includes(id);
export const isCriterionId = (id: string): id is CriterionId => (CRITERION_IDS as readonly string[]).includes(id);

/** One cell: plain-language text (through msg()) and the sources that support it, in citing order. */
export interface TherapyCell {
  text: () => string;
  sources: readonly SourceId[];
}

// SSRIs as an anxiety medicine: J (nice-cg113, nice-cg159: an SSRI is the drug treatment to offer for generalized and
// social anxiety).
export const THERAPY_NAMES: Record<TherapyId, () => string> = {
  ketamine: () =>
    msg('Ketamine', {
      id: 'comparison.therapy.ketamine',
      desc: 'Column heading of the comparison table: the drug ketamine.',
    }),
  ssri: () =>
    msg('SSRIs (a common type of medicine for anxiety)', {
      id: 'comparison.therapy.ssri',
      desc: 'Column heading: the SSRI group of medicines (selective serotonin reuptake inhibitors), explained in brackets in plain words: UK guidelines name an SSRI as the medicine to offer for generalized and social anxiety. Keep the abbreviation SSRI or use the local one.',
    }),
  benzodiazepine: () =>
    msg('Benzodiazepines', {
      id: 'comparison.therapy.benzodiazepine',
      desc: 'Column heading: the benzodiazepine group of medicines.',
    }),
  cbt: () =>
    msg('Cognitive behavioral therapy (CBT)', {
      id: 'comparison.therapy.cbt',
      desc: 'Column heading: cognitive behavioral therapy, a psychological treatment. Keep or localize the abbreviation CBT.',
    }),
};

export const CRITERION_LABELS: Record<CriterionId, () => string> = {
  mechanism: () =>
    msg('How it works', {
      id: 'comparison.criterion.mechanism',
      desc: 'Row heading of the comparison table: how the treatment works in the body or mind.',
    }),
  onset: () =>
    msg('How fast it works', {
      id: 'comparison.criterion.onset',
      desc: 'Row heading: how soon people feel better after starting the treatment.',
    }),
  administration: () =>
    msg('How it is given', {
      id: 'comparison.criterion.administration',
      desc: 'Row heading: how the treatment is given (e.g. a drip into a vein, a shot, a therapy).',
    }),
  duration: () =>
    msg('How long the benefit lasts', {
      id: 'comparison.criterion.duration',
      desc: 'Row heading: how long any improvement lasts.',
    }),
  evidence: () =>
    msg('Evidence for anxiety disorders', {
      id: 'comparison.criterion.evidence',
      desc: 'Row heading: how much research supports the treatment for anxiety disorders, and how strong it is.',
    }),
  risks: () =>
    msg('Side effects and serious risks', {
      id: 'comparison.criterion.risks',
      desc: 'Row heading: common side effects and serious risks of the treatment.',
    }),
  regulation: () =>
    msg('Approval, warnings and guidelines', {
      id: 'comparison.criterion.regulation',
      desc: 'Row heading: official status: FDA approval, required warnings on the label, and guideline recommendations.',
    }),
};

/** Shown instead of a claim where the evidence file has nothing to say. */
export const notCovered = (): string =>
  msg('Not covered by our sources', {
    id: 'comparison.not-covered',
    desc: 'Shown in a comparison cell when the research we checked does not answer the question. Not a claim that there is no effect.',
  });

/** Every supported cell, by therapy then criterion. A missing cell is "not covered". */
export const CELLS: Record<TherapyId, Partial<Record<CriterionId, TherapyCell>>> = {
  ketamine: {
    // C (hartland-2023-ma): peak dissociation did not predict improvement. H: the mechanism research is about
    // depression, mostly animals; none of it studied anxiety (the how-it-works widget explains it), so none here.
    mechanism: {
      text: () =>
        msg(
          'Our sources do not explain how ketamine might ease anxiety. Some people feel detached or unreal during a dose (called dissociation). One review found that how strong this feeling was did not predict who got better.',
          {
            id: 'comparison.ketamine.mechanism',
            desc: 'Comparison cell, ketamine, how it works. "Might": it is not shown that ketamine eases anxiety. Dissociation = feeling detached from yourself or your surroundings; explain it in plain words.',
          },
        ),
      sources: ['hartland-2023-ma'],
    },
    // A (glue-2017-dose: no control group; glue-2020-replication: one midazolam dose randomly inserted as active
    // control, ketamine doses not randomized in order; both within 1 hour, up to about a week, 12 patients each);
    // E (subcutaneous, not infusion; "open-label or weakly controlled"); no study in the file compares ketamine with
    // SSRIs or benzodiazepines head to head (D's reviews are of those drugs only);
    // C (hartland-2023-ma: vs placebo, SMD −1.17 at <12 h, −0.44 at 24 h, −0.40 at 7–14 days; 14 RCTs in mood,
    // anxiety, pain; 11 at high risk of bias).
    onset: {
      text: () =>
        msg(
          'Fast in two small studies, but neither had a good comparison group. Each had 12 people with hard-to-treat anxiety. Anxiety eased within about 1 hour of a shot under the skin and lasted up to about a week. One study had no comparison group. The other slipped one dose of a calming drug (midazolam) in among the ketamine doses. Everyone got the ketamine doses in the same order. No study we checked put ketamine side by side with SSRIs or benzodiazepines. A review of 14 randomized trials (in anxiety, mood and pain) found that anxiety fell more than with a placebo (a dummy treatment). The effect was biggest in the first 12 hours and smaller after 1 to 14 days. But 11 of the 14 trials had flaws that could skew their results.',
          {
            id: 'comparison.ketamine.onset',
            desc: 'Comparison cell, ketamine, how fast it works. "Shot under the skin" = subcutaneous injection. "A calming drug (midazolam)": a sedative given as the comparison; keep the drug name. "Put side by side" = compared directly in one study. "Flaws that could skew their results" = a high risk of bias, in plain words (flaws in how these trials were designed or run that may make their results wrong). Keep all numbers.',
          },
        ),
      sources: ['glue-2017-dose', 'glue-2020-replication', 'hartland-2023-ma'],
    },
    // A (taylor-2018-sad: IV over 40 min; glue-2017-dose: subcutaneous; glue-2020-r107: tablets, open-label, 7 patients);
    // B (feder-2021-ptsd: six infusions over 2 weeks).
    administration: {
      text: () =>
        msg(
          'In studies: a drip into a vein (IV) over 40 minutes, or a shot under the skin. Some studies gave one dose; others gave a course, for example 6 drips over 2 weeks. In the studies we checked, tablets were tried in one small pilot study (7 people) in which everyone knew the treatment.',
          {
            id: 'comparison.ketamine.administration',
            desc: 'Comparison cell, ketamine, how it is given. Drip into a vein = intravenous infusion; the pilot study was open-label. Keep all numbers.',
          },
        ),
      sources: ['taylor-2018-sad', 'glue-2017-dose', 'feder-2021-ptsd', 'glue-2020-r107'],
    },
    // C (tully-2022-sr: "persist for up to a week", temporary); B (feder-2021-ptsd: median 27.5 days to loss of
    // response among responders, n = 30); A/E (taylor-2018-sad: follow-up ended at day 14).
    duration: {
      text: () =>
        msg(
          'Usually short. A review found that the effect on anxiety lasts up to about a week, and called it temporary. In a PTSD trial (30 people, 6 drips), half of those who were helped had lost the benefit by 27.5 days after the last drip. The social anxiety trial stopped checking after 2 weeks. So we do not know if the benefit lasted longer.',
          {
            id: 'comparison.ketamine.duration',
            desc: 'Comparison cell, ketamine, how long the benefit lasts. "Half … by 27.5 days" = median time to loss of response. The end of a study is not a proven length of benefit. Keep all numbers.',
          },
        ),
      sources: ['tully-2022-sr', 'feder-2021-ptsd', 'taylor-2018-sad'],
    },
    // A (taylor-2018-sad: the only placebo-controlled RCT in SAD, 18 people; clinician LSAS better, self-rated
    // VAS-Anxiety scores no different, but VAS response (≥50% reduction) 88.89% vs 52.94%; LSAS response (≥35%) 33.33% vs
    // 0%, given first so the self-rated figures are not the only ones, review 15, D2); E (no RCT in GAD alone); A (mixed GAD/SAD: glue-2017-dose 12, no control; glue-2018-maintenance 20,
    // uncontrolled; glue-2020-replication 12, one midazolam dose as weak control; glue-2020-r107: 7 with
    // treatment-resistant depression and anxiety, uncontrolled, mood ratings); B (feder-2021-ptsd: n = 30, better than
    // midazolam; abdallah-2022-ptsd: n = 158, no effect on PTSD symptoms); C (whittaker-2021-ma: PTSD OR 2.03,
    // p = 0.21, not significant; borgogna-2024-ma: not significant after bias correction). Kept short for a table
    // cell: the SAD pool of whittaker-2021-ma and the bias ratings of hartland-2023-ma are in the evidence summary.
    evidence: {
      text: () =>
        msg(
          'Early and limited. Social anxiety: only one small trial (18 people) compared ketamine with a placebo (a dummy treatment). Doctors rated anxiety as better: it fell by 35% or more in about 3 in 10 on ketamine and in none on placebo. Patients’ overall self-rated anxiety scores did not differ. But by their own ratings, anxiety fell by half or more in about 9 in 10 on ketamine and about 5 in 10 on placebo. Generalized anxiety: no randomized trial in this condition alone. Small studies (12 to 20 people) mixed people with generalized and social anxiety, and had no good comparison group. A tablet study (7 people with depression and anxiety) reported mood results only. PTSD: mixed. In one trial (30 people), ketamine did better than a calming drug (midazolam). The largest trial (158 people) found no effect on PTSD symptoms. In reviews, the effect could have been due to chance, or did not hold up after a check for bias.',
          {
            id: 'comparison.ketamine.evidence',
            desc: 'Comparison cell, ketamine, evidence for anxiety disorders. "Doctors rated" = a clinician rating scale; "self-rated", "own ratings" = the patients’ own scale. "Fell by 35% or more" = the response criterion on the clinicians’ scale (LSAS), about 3 in 10 (33.33%) vs none (0%); "fell by half or more" = the response criterion on the patients’ scale (at least 50% reduction); "about 9 in 10", "about 5 in 10" are natural frequencies (88.89% and 52.94%). "Could have been due to chance" = not statistically significant. "A calming drug (midazolam)": a sedative given as the comparison; keep the drug name. "Reported mood results only" = the tablet study’s results were mood ratings, with no separate anxiety result. Keep all numbers and the null results.',
          },
        ),
      sources: [
        'taylor-2018-sad',
        'glue-2017-dose',
        'glue-2018-maintenance',
        'glue-2020-replication',
        'glue-2020-r107',
        'feder-2021-ptsd',
        'abdallah-2022-ptsd',
        'whittaker-2021-ma',
        'borgogna-2024-ma',
      ],
    },
    // A (glue-2017-dose: dissociation, blood pressure, heart rate rose with dose; glue-2018-maintenance: nausea,
    // dizziness, blurred vision); B (abdallah-2022-ptsd: the largest PTSD trial, 158 veterans and service members;
    // dissociative and psychosis-like effects rose with dose, gone within 2 h); D (short-2018-sr: little long-term safety data; fda-2023-compounded-ketamine: abuse and misuse,
    // psychiatric events, raised blood pressure, slowed breathing, lower urinary tract and bladder symptoms;
    // shahani-2007: 9 daily recreational users, all with severe ulcerative cystitis; mendez-2024-ma: benzodiazepines
    // are anxiety medicines); I (ketalar-label: with benzodiazepines, opioids or other sedating drugs it "may result
    // in profound sedation, respiratory depression, coma, or death"; spravato-label, esketamine nasal spray only:
    // boxed warning "SEDATION; DISSOCIATION; ABUSE AND MISUSE; and SUICIDAL THOUGHTS AND BEHAVIORS", sedation "48% to
    // 61%" and "0.3% to 0.4%" lost consciousness in its depression trials, "may cause fetal harm", the three
    // contraindications, the psychosis and drug-abuse cautions).
    risks: {
      text: () =>
        msg(
          'Right after a dose: feeling detached (dissociation), odd thoughts (psychosis-like effects), and higher blood pressure and heart rate. These grow with the dose. In the largest PTSD trial (158 people), the first two were gone within 2 hours. Also nausea, dizziness and blurred vision. Long-term safety is unknown. The FDA lists abuse and misuse, mental health (psychiatric) problems, raised blood pressure, slowed breathing, and bladder and urinary problems. In one report, all 9 people using it daily for fun had severe inflammation of the bladder wall, with sores (ulcerative cystitis). Ketamine’s anesthetic label warns: with drugs that make you sleepy, like benzodiazepines (some anxiety medicines) or opioids (strong painkillers), it may cause very deep sleep, slowed breathing, coma or death. Tell your clinic about all your medicines. The approved nasal spray has a Boxed Warning about sleepiness, feeling detached, abuse and misuse, and suicidal thoughts and behaviors. In its depression studies, about 5 to 6 in 10 became sleepy and 3 or 4 in 1,000 passed out. The nasal spray may harm an unborn baby. People with a bulging or tangled blood vessel, past brain bleeding or an allergy to it must not use the spray. The spray needs extra care with psychosis (losing touch with what is real) or past drug problems.',
          {
            id: 'comparison.ketamine.risks',
            desc: 'Comparison cell, ketamine, side effects and risks. FDA = US Food and Drug Administration; "mental health (psychiatric) problems" = the FDA’s "psychiatric events"; "bladder and urinary problems" = lower urinary tract and bladder symptoms; "long-term safety is unknown" = there are little long-term safety data. "For fun" = recreational (non-medical) use. Ulcerative cystitis is an inflammation of the bladder wall with ulcers, not a urinary infection: use the clinical term, not the everyday word for a bladder infection; use the same plain words as the safety facts widget. "Very deep sleep, slowed breathing" = the anesthetic label’s "profound sedation, respiratory depression". The sentence on other medicines is the warning of the ketamine anesthetic label (Ketalar), and says so ("anesthetic label" = its label as an anesthetic); "drugs that make you sleepy" = other sedating drugs. Benzodiazepines (some anxiety medicines) and opioids (strong painkillers): keep the plain words and the drug class in brackets. Psychosis-like effects = odd thoughts or perceptions; psychosis = losing touch with what is real; "the first two" = dissociation and psychosis-like effects; "the largest PTSD trial (158 people)" = a trial in veterans and service members with PTSD, not in anxiety disorders. The last six sentences are the label of esketamine nasal spray (the approved nasal spray) only: Boxed Warning (the FDA term, as in the other columns) about sedation (sleepiness), dissociation (feeling detached), abuse and misuse, and suicidal thoughts and behaviors; in its depression studies about 5 to 6 in 10 (48% to 61%) had sedation and 3 or 4 in 1,000 (0.3% to 0.4%) lost consciousness (passed out); may harm an unborn baby (fetal harm), must not be used with aneurysm or arteriovenous malformation (bulging or tangled blood vessel), past bleeding in the brain (intracerebral hemorrhage) or an allergy to it, extra care with psychosis or past drug abuse. Each of the last three sentences names the spray ("the nasal spray", "the spray"): keep it named in each, so that no rule reads as if it applied to other forms of ketamine. Keep all numbers.',
          },
        ),
      sources: [
        'glue-2017-dose',
        'glue-2018-maintenance',
        'abdallah-2022-ptsd',
        'short-2018-sr',
        'fda-2023-compounded-ketamine',
        'shahani-2007',
        'ketalar-label',
        'spravato-label',
      ],
    },
    // D (fda-2023-compounded-ketamine: "not FDA approved for the treatment of any psychiatric disorder",
    // Schedule III, approved IV/IM anaesthetic; fda-2019-spravato: esketamine nasal spray, depression only,
    // REMS, monitoring at least 2 h; spravato-label: 2019 boxed warning "SEDATION; DISSOCIATION; ABUSE AND MISUSE;
    // and SUICIDAL THOUGHTS AND BEHAVIORS"). Scope rule of I: the Spravato rules are said to be the nasal spray's only.
    regulation: {
      text: () =>
        msg(
          'Used off-label for anxiety disorders and PTSD: the FDA says ketamine by drip, shot or tablet is not approved for any mental health (psychiatric) disorder. It is approved for anesthesia, given into a vein or a muscle. It is a controlled drug (Schedule III): US law limits its use. In 2023 the FDA warned about compounded (pharmacy-made) ketamine. The only form approved for a mental health condition is esketamine (Spravato) nasal spray. It is approved only for some types of depression. Its 2019 label has a Boxed Warning about sleepiness, dissociation (feeling detached), abuse and misuse, and suicidal thoughts and behaviors. It is given under a safety program, and patients are watched for at least 2 hours after each dose. These rules are for the nasal spray. No FDA label sets rules for ketamine by drip, shot or tablet in mental health: ask your clinic. Our sources include no guideline that recommends ketamine for anxiety or PTSD.',
          {
            id: 'comparison.ketamine.regulation',
            desc: 'Comparison cell, ketamine, approval status. FDA = US Food and Drug Administration; Schedule III = a US controlled-substance class; Spravato is a brand name. Keep the meaning exact: not approved for anxiety or PTSD, and the Boxed Warning (the FDA term, as in the other columns; sleepiness = sedation), the safety program and 2-hour watch are rules of the nasal spray only, and no FDA label sets rules for every other form (ask your clinic). "Some types of depression" = treatment-resistant depression, and depression with suicidal thoughts. The last sentence is about our sources (no guideline in them recommends it), as the SSRI column says what our sources do not cover. Keep all numbers and the year.',
          },
        ),
      sources: ['fda-2023-compounded-ketamine', 'fda-2019-spravato', 'spravato-label'],
    },
  },
  ssri: {
    // J (nhs-ssri: "several weeks before you begin to benefit"); D (jakubovski-2019-ma: 57 trials, N = 16,056, steady
    // linear improvement over 12 weeks; mendez-2024-ma: benzodiazepines faster at week 1, no different by week 8).
    onset: {
      text: () =>
        msg(
          'Slow. The NHS says it takes several weeks before you begin to feel better. In a review of 57 trials (16,056 people), improvement built up steadily over 12 weeks. In another review (122 trials), benzodiazepines worked faster in the first week. But by week 8 the results were no different.',
          {
            id: 'comparison.ssri.onset',
            desc: 'Comparison cell, SSRIs, how fast they work. NHS = the UK National Health Service. Keep all numbers.',
          },
        ),
      sources: ['nhs-ssri', 'jakubovski-2019-ma', 'mendez-2024-ma'],
    },
    // D (mendez-2024-ma: 122 trials, N = 15,760, adults with anxiety disorders; jakubovski-2019-ma: 57 trials, N = 16,056).
    evidence: {
      text: () =>
        msg(
          'Studied in many trials. One review combined 122 trials of anxiety medicines, SSRIs among them (15,760 adults with anxiety disorders). Another combined 57 trials (16,056 people). Our sources say how fast people got better, not how much better SSRIs did than a placebo (a dummy treatment).',
          {
            id: 'comparison.ssri.evidence',
            desc: 'Comparison cell, SSRIs, evidence for anxiety disorders. Keep all numbers.',
          },
        ),
      sources: ['mendez-2024-ma', 'jakubovski-2019-ma'],
    },
    // J (hse-ssri: the common side effects; "usually ease after a couple of weeks … But some may continue";
    // nhs-ssri: sexual problems can persist); D (fda-ssri-label: Boxed Warning). Rates UNVERIFIED, so none.
    risks: {
      text: () =>
        msg(
          'Common side effects include feeling agitated, shaky or anxious. Others are feeling or being sick, indigestion, diarrhea or constipation, and loss of appetite. Also dizziness, trouble sleeping or feeling sleepy, and headaches. And sexual problems: low sex drive, trouble reaching orgasm, and erection problems. These usually ease after a couple of weeks, but some may last. Sexual problems can last. Serious risk: a Boxed Warning about suicidal thoughts and behaviors in children and young adults. Our sources give no rates for these side effects.',
          {
            id: 'comparison.ssri.risks',
            desc: 'Comparison cell, SSRIs, side effects and risks. "Feeling or being sick" = nausea or vomiting. "Boxed Warning" is the FDA term for a warning printed in a box on a drug label.',
          },
        ),
      sources: ['hse-ssri', 'nhs-ssri', 'fda-ssri-label'],
    },
    // J (nice-cg113: "offer a selective serotonin reuptake inhibitor (SSRI). Consider offering sertraline.";
    // nice-cg159: for drug treatment "an SSRI (escitalopram or sertraline)"); D (fda-ssri-label).
    regulation: {
      text: () =>
        msg(
          'UK guidelines (NICE) recommend an SSRI when a medicine is used. For generalized anxiety, they say to consider sertraline. For social anxiety, they name escitalopram or sertraline. In the US, the FDA requires SSRI labels (for example escitalopram) to carry a Boxed Warning. It is about suicidal thoughts and behaviors in children and young adults. Our sources do not cover which uses each SSRI is approved for.',
          {
            id: 'comparison.ssri.regulation',
            desc: 'Comparison cell, SSRIs, approval status and guidelines. NICE = the UK National Institute for Health and Care Excellence; keep the abbreviation. Sertraline and escitalopram are drug names.',
          },
        ),
      sources: ['nice-cg113', 'nice-cg159', 'fda-ssri-label'],
    },
  },
  benzodiazepine: {
    // D (mendez-2024-ma: faster, already by week 1, p < 0.001; by week 8 no different from SSRIs).
    onset: {
      text: () =>
        msg(
          'Fast. In a review of 122 trials (15,760 adults with anxiety disorders), anxiety was already better by week 1, sooner than with SSRIs. By week 8, the results were no different from SSRIs.',
          {
            id: 'comparison.benzodiazepine.onset',
            desc: 'Comparison cell, benzodiazepines, how fast they work. Keep all numbers.',
          },
        ),
      sources: ['mendez-2024-ma'],
    },
    // D (mendez-2024-ma).
    evidence: {
      text: () =>
        msg(
          'Studied in many trials. One review combined 122 trials of anxiety medicines, with benzodiazepines among them. It had 15,760 adults with anxiety disorders. Our sources say how fast people got better, not how much better they did than a placebo (a dummy treatment).',
          {
            id: 'comparison.benzodiazepine.evidence',
            desc: 'Comparison cell, benzodiazepines, evidence for anxiety disorders. Keep all numbers.',
          },
        ),
      sources: ['mendez-2024-ma'],
    },
    // D (fda-2020-benzodiazepines: Boxed Warning; dependence "taken steadily for several days to weeks, even as
    // prescribed"; abrupt stopping can cause withdrawal seizures).
    risks: {
      text: () =>
        msg(
          'Serious risks: abuse, misuse and addiction. The body can get used to them (physical dependence). This can happen after several days to weeks of steady use, even as prescribed. Stopping suddenly can cause withdrawal, including seizures.',
          {
            id: 'comparison.benzodiazepine.risks',
            desc: 'Comparison cell, benzodiazepines, side effects and risks. Physical dependence = the body gets used to the drug; withdrawal = symptoms when stopping.',
          },
        ),
      sources: ['fda-2020-benzodiazepines'],
    },
    // D (fda-2020-benzodiazepines: 23 September 2020); J (nice-cg113: "Do not offer a benzodiazepine for the
    // treatment of GAD in primary or secondary care except as a short term measure during crises").
    regulation: {
      text: () =>
        msg(
          'Since September 2020, the FDA has required a Boxed Warning on all benzodiazepines. It warns of abuse, misuse and addiction. It also warns that the body can get used to them (physical dependence), and of withdrawal when stopping. UK guidelines (NICE) say not to offer them for generalized anxiety, except for a short time during a crisis. Our sources do not cover which uses each benzodiazepine is approved for.',
          {
            id: 'comparison.benzodiazepine.regulation',
            desc: 'Comparison cell, benzodiazepines, approval status and guidelines. "Boxed Warning" is the FDA term for a warning printed in a box on a drug label. NICE = the UK National Institute for Health and Care Excellence; its advice: only as a short-term measure during crises. The last sentence says our sources do not list the approved uses of each benzodiazepine (not that they have none).',
          },
        ),
      sources: ['fda-2020-benzodiazepines', 'nice-cg113'],
    },
  },
  cbt: {
    // J (nhs-wales-gad: "a one-hour session every week for three to four months" with a trained therapist;
    // nice-cg113: guided self-help, "five to seven weekly or fortnightly … sessions, each lasting 20–30 minutes").
    administration: {
      text: () =>
        msg(
          'A talking treatment with a trained therapist, not a medicine. For generalized anxiety, the NHS in Wales describes a one-hour session every week for 3 to 4 months. NICE also lists a lighter option, guided self-help: 5 to 7 sessions of 20 to 30 minutes, every week or every two weeks.',
          {
            id: 'comparison.cbt.administration',
            desc: 'Comparison cell, CBT, how it is given. NHS = the UK National Health Service; NICE = the UK National Institute for Health and Care Excellence. Keep all numbers.',
          },
        ),
      sources: ['nhs-wales-gad', 'nice-cg113'],
    },
    // D, J (nice-cg113, nice-cg159: NICE recommends CBT). The file has no CBT trial numbers: not collected here,
    // which says nothing about the strength of CBT's evidence.
    evidence: {
      text: () =>
        msg(
          'UK guidelines (NICE) recommend it for generalized anxiety and social anxiety. We did not collect trial numbers for CBT for this table. This does not mean its evidence is weak.',
          {
            id: 'comparison.cbt.evidence',
            desc: 'Comparison cell, CBT, evidence for anxiety disorders. NICE = the UK National Institute for Health and Care Excellence; keep the abbreviation. Keep the meaning: the numbers were not gathered here; this is not a judgement that the evidence is weak.',
          },
        ),
      sources: ['nice-cg113', 'nice-cg159'],
    },
    // D (nice-cg159: individual CBT, Clark & Wells or Heimberg models; nice-cg113: step 3 of stepped care, CBT or
    // applied relaxation, or drug treatment). The file has no guideline on CBT for PTSD: the scope comes first.
    regulation: {
      text: () =>
        msg(
          'For generalized and social anxiety, UK guidelines (NICE) recommend it. For social anxiety, they advise one-to-one CBT. For generalized anxiety, they offer one-to-one CBT or applied relaxation (a taught way to relax), or a medicine (an SSRI). This is step 3 of a step-by-step plan.',
          {
            id: 'comparison.cbt.regulation',
            desc: 'Comparison cell, CBT, guideline status. NICE = the UK National Institute for Health and Care Excellence; "stepped care" is its term. "Applied relaxation" is the name of a psychological treatment: use its usual local name. Keep the opening scope (generalized and social anxiety): these guidelines do not cover PTSD.',
          },
        ),
      sources: ['nice-cg159', 'nice-cg113'],
    },
  },
};
