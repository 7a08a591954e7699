import { msg } from '@lit/localize';
import type { SourceId } from '../../content/sources.js';

/*
 * The built-in content: the reviews and meta-analyses of shared/content/evidence.md section C (and, for social
 * anxiety's self-rated null result, the trial of section A it rests on, taylor-2018-sad), one line on harms
 * (sections A, B and D), and the source article's claims beside what the evidence supports (section E). Every
 * number is copied from there; nothing is pooled or recomputed here. Texts are functions, so msg() runs in the current locale.
 */

export const CONDITIONS = ['sad', 'gad', 'ptsd'] as const;
export type Condition = (typeof CONDITIONS)[number];

export interface ConditionText {
  id: Condition;
  name: () => string;
  /** The first view's one-line finding, a null result as plainly as a positive one. */
  finding: () => string;
  /** The longer text behind "More about these results". */
  found: () => string;
  sure: () => string;
}

export const CONDITION_TEXTS: readonly ConditionText[] = [
  {
    id: 'sad',
    name: () => msg('Social anxiety disorder', { id: 'evidence-summary.sad.name', desc: 'Condition heading.' }),
    // §C whittaker-2021-ma (2 RCTs, 59 participants; the odds ratio and its range only in the chart, p-values only in
    // the evidence card's exact numbers); §A taylor-2018-sad: self-rated VAS-Anxiety scores no different
    // overall (p = 0.95), but VAS response 88.89% vs 52.94% (p = 0.034): both in the first view, as in the details.
    finding: () =>
      msg(
        '2 small trials with 59 people in all. More people responded to ketamine than to the comparison treatment. But in the only trial against a placebo (Taylor 2018), the overall scores patients gave their own anxiety did not differ. On that scale, more people met the goal for a response after ketamine (about 9 in 10) than after placebo (about 5 in 10). So many also improved on placebo.',
        {
          id: 'evidence-summary.sad.finding',
          desc: 'The short finding for social anxiety, always shown under its heading. The patients’ own overall scores (no difference) must read as plainly as the positive result; the response on that same scale did differ. "About 9 in 10" and "about 5 in 10" are natural frequencies (people out of 10). Keep "Taylor 2018" and the numbers.',
        },
      ),
    found: () =>
      msg(
        'One review combined 2 small trials, with 59 people in all (Whittaker 2021). More people responded to ketamine than to the comparison. The chance of responding looked much higher with ketamine, but this number is very unsure. With so few people, the true effect could be small or very large. The exact numbers are in the chart. In the only trial against a placebo (Taylor 2018), doctors rated anxiety as better with ketamine. The overall scores patients gave their own anxiety did not differ. But on that scale, more people met the goal for a response after ketamine (about 9 in 10) than after placebo (about 5 in 10). So many also improved on placebo.',
        {
          id: 'evidence-summary.sad.found',
          desc: 'What the combined trials found for social anxiety. Keep "Whittaker 2021", "Taylor 2018" and the numbers ("about 9 in 10" and "about 5 in 10" are people out of 10). "The chance of responding looked much higher" refers to a large, very uncertain odds ratio shown in the chart: do not write "times as likely".',
        },
      ),
    sure: () =>
      msg(
        'Not sure. So few people took part that the true effect could be small or very large. This is early evidence.',
        {
          id: 'evidence-summary.sad.sure',
          desc: 'How sure we can be about the social anxiety result: a verdict ("Not sure", the same words as for the other conditions), then its reasons.',
        },
      ),
  },
  {
    id: 'gad',
    name: () =>
      msg('Generalized anxiety disorder', { id: 'evidence-summary.gad.name', desc: 'Condition heading (GAD).' }),
    finding: () =>
      msg(
        'No review we checked combined trials of generalized anxiety alone. In 14 trials of mood, anxiety or pain problems, anxiety fell more with ketamine than with a placebo (a dummy treatment). It fell most in the first 12 hours, and less after 1 to 2 weeks.',
        {
          id: 'evidence-summary.gad.finding',
          desc: 'The short finding for generalized anxiety, always shown under its heading. The missing evidence comes first and must read as plainly as the result. Keep the numbers.',
        },
      ),
    found: () =>
      msg(
        'None of the reviews we checked combined trials of generalized anxiety alone. One review combined 14 trials in people with mood, anxiety or pain problems (Hartland 2023). Anxiety fell more with ketamine than with a placebo. The effect was largest in the first 12 hours, and smaller after 1 to 2 weeks.',
        {
          id: 'evidence-summary.gad.found',
          desc: 'What combined trials found that bears on generalized anxiety. Keep "Hartland 2023" and the numbers.',
        },
      ),
    // Like the other verdicts: "Not sure", then the reasons. Indirectness: §C hartland-2023-ma (14 RCTs of mood, anxiety
    // and chronic pain) and §E (no RCT in GAD alone); bias: 11 of 14 at high risk, in plain words (the glossary's
    // definition of bias); §C tully-2022-sr.
    sure: () =>
      msg(
        'Not sure. These trials were not only about anxiety disorders. No randomized trial has tested generalized anxiety alone. 11 of the 14 trials had flaws. These could make their results look better or worse than they are. Another review found that the effects last up to a week and are temporary (Tully 2022).',
        {
          id: 'evidence-summary.gad.sure',
          desc: 'How sure we can be about the generalized anxiety results: a verdict ("Not sure"), then its reasons (the trials were in other conditions too; "had flaws. These could make their results look better or worse than they are" = a high risk of bias). Keep "Tully 2022" and the numbers.',
        },
      ),
  },
  {
    id: 'ptsd',
    name: () =>
      msg('Post-traumatic stress disorder (PTSD)', { id: 'evidence-summary.ptsd.name', desc: 'Condition heading.' }),
    finding: () =>
      msg(
        '6 trials with 221 people. Ketamine did a little better than the comparison treatment. When the researchers adjusted the results for possible flaws (bias), the difference was too small to be sure it is real.',
        {
          id: 'evidence-summary.ptsd.finding',
          desc: 'The short finding for PTSD, always shown under its heading. "Adjusted the results for possible flaws (bias)" = the review’s statistical correction for bias; keep the word for "bias" in brackets, as the glossary writes it. The result after that correction (no clear difference) must read as plainly as the first result. Keep the numbers.',
        },
      ),
    // §C borgogna-2024-ma (6 RCTs, 221; bias-corrected and vs active controls not significant); whittaker-2021-ma (its
    // 3 PTSD trials: OR 2.03, not significant); almeida-2024-ma (10 studies; authors UNVERIFIED, so not named).
    found: () =>
      msg(
        'One review combined 6 trials with 221 people (Borgogna 2024). Ketamine did a little better than the comparison. When the researchers adjusted the results for possible flaws (bias), the difference was too small to be sure it is real. Compared with another real drug, there was no clear difference at 24 hours. At 2 weeks, there were no clear differences. Another review combined the 3 PTSD trials it found. It found no clear difference in who responded (Whittaker 2021). Another 2024 review, of 10 studies, found a benefit only at the end of the treatment course, with results that varied a lot.',
        {
          id: 'evidence-summary.ptsd.found',
          desc: 'What the combined trials found for PTSD. Keep the names, years and numbers. "Adjusted the results for possible flaws (bias)" = the review’s statistical correction for bias. "Another real drug" = another drug given for comparison (an active control), not a placebo; do not write "effective". "Another 2024 review": a second review from 2024 (its authors are not named).',
        },
      ),
    sure: () =>
      msg('Not sure. The effect is small, and it does not hold up when the results are adjusted for possible flaws.', {
        id: 'evidence-summary.ptsd.sure',
        desc: 'How sure we can be about the PTSD results. "Adjusted for possible flaws" = the review’s statistical correction for bias.',
      }),
  },
];

/**
 * The first view's harms line, under the intro: the reviews above are about benefit, so the summary embedded alone
 * must not read as if ketamine had no harms. §A glue-2017-dose (dissociation, blood pressure and heart rate rose
 * with dose); §B abdallah-2022-ptsd (dissociative and psychosis-like effects rose with dose); §D short-2018-sr
 * (after acute doses, psychiatric, psychosis-like and cardiovascular side effects more frequent than with
 * placebo; little long-term safety data). Cited by author and year, like the findings.
 */
export const HARMS = (): string =>
  msg(
    'These results are about benefit. In studies, ketamine also caused a feeling of being detached, odd thoughts and higher blood pressure, more so at higher doses (Glue 2017, Abdallah 2022). Little is known about its long-term safety (Short 2018).',
    {
      id: 'evidence-summary.harms',
      desc: 'Line under the intro, always shown: the reviews looked at benefit; side effects of ketamine in studies. "A feeling of being detached" = dissociation; "odd thoughts" = psychosis-like effects (odd thoughts or perceptions). "Little is known about its long-term safety" = there are little long-term safety data. Keep "Glue 2017", "Abdallah 2022" and "Short 2018" (the sources, by first author and year).',
    },
  );

export const HARMS_SOURCES: readonly SourceId[] = ['glue-2017-dose', 'abdallah-2022-ptsd', 'short-2018-sr'];

/** The sources the summary cites, in the order of its source list. */
export const SUMMARY_SOURCES: readonly SourceId[] = [
  'whittaker-2021-ma',
  'taylor-2018-sad',
  'hartland-2023-ma',
  'tully-2022-sr',
  'borgogna-2024-ma',
  'almeida-2024-ma',
  ...HARMS_SOURCES,
];

/** One pooled estimate with its 95% interval, as the review published it. */
export interface Estimate {
  condition: Condition;
  label: () => string;
  value: number;
  low: number;
  high: number;
  note?: () => string;
}

/**
 * One measure: its own axis and its own "no difference" value. Every panel shows ketamine's side at the same
 * end (above "no difference", at the inline end), so a reader never has to learn the axis again.
 */
export interface Measure {
  id: string;
  title: () => string;
  explain: () => string;
  /** A note under the panel's explanation: what the pooled trials were, and their limits. */
  note?: () => string;
  /** Axis ends and ticks, in the measure's units as shown (after any flip). */
  min: number;
  max: number;
  ticks: readonly number[];
  log?: true;
  /** Where "no difference" lies: 0 for differences, 1 for odds ratios. */
  none: number;
  /**
   * The review reported ketamine's benefit below 0 (a difference, never a ratio). The rows keep the published
   * numbers; the chart and the table show them with the sign flipped, and the published numbers beside them.
   */
  flipped?: true;
  rows: readonly Estimate[];
}

export const MEASURES: readonly Measure[] = [
  {
    id: 'hartland',
    title: () =>
      msg('Anxiety in 14 trials of mood, anxiety or pain problems (Hartland 2023)', {
        id: 'evidence-summary.hartland.title',
        desc: 'Chart panel title. Keep "Hartland 2023" and the number.',
      }),
    explain: () =>
      msg(
        'Each dot shows how much more anxiety fell with ketamine than with a placebo. The trials used different anxiety tests, so the results were turned into one shared score. 0 means no difference. Above 0, anxiety fell more with ketamine. The bigger the number, the bigger the difference.',
        {
          id: 'evidence-summary.hartland.explain',
          desc: 'Explains the measure of a chart panel (a standardized mean difference, in plain words: one shared score for results from different tests).',
        },
      ),
    // §C hartland-2023-ma: "14 RCTs (mood, anxiety, chronic pain); 11 at high risk of bias", in plain words.
    note: () =>
      msg(
        'These trials were not only about anxiety disorders. The 14 trials were in people with mood, anxiety or chronic pain problems. 11 of them had flaws that could make their results look better or worse than they are.',
        {
          id: 'evidence-summary.hartland.note',
          desc: 'Note under the title of a chart panel: what the combined trials were about, and their risk of bias ("flaws that could make their results look better or worse than they are" = a high risk of bias). Keep the numbers.',
        },
      ),
    // The review reported ketamine's benefit as negative SMDs; shown with the sign flipped, on this axis.
    min: -0.5,
    max: 2,
    ticks: [0, 1, 2],
    none: 0,
    flipped: true,
    rows: [
      {
        condition: 'gad',
        label: () => msg('Under 12 hours', { id: 'evidence-summary.hartland.12h', desc: 'Time after the dose.' }),
        value: -1.17,
        low: -1.89,
        high: -0.44,
      },
      {
        condition: 'gad',
        label: () => msg('24 hours', { id: 'evidence-summary.hartland.24h', desc: 'Time after the dose.' }),
        value: -0.44,
        low: -0.65,
        high: -0.22,
      },
      {
        condition: 'gad',
        label: () => msg('7 to 14 days', { id: 'evidence-summary.hartland.7-14d', desc: 'Time after the dose.' }),
        value: -0.4,
        low: -0.63,
        high: -0.17,
      },
    ],
  },
  {
    id: 'borgogna',
    title: () =>
      msg('PTSD symptoms: 6 trials, 221 people (Borgogna 2024)', {
        id: 'evidence-summary.borgogna.title',
        desc: 'Chart panel title. Keep "Borgogna 2024" and the numbers.',
      }),
    explain: () =>
      msg(
        'Each dot shows how much more PTSD symptoms fell with ketamine than with the comparison. Again, the results of different tests were turned into one shared score. 0 means no difference. Above 0, ketamine did better. The bigger the number, the bigger the difference.',
        {
          id: 'evidence-summary.borgogna.explain',
          desc: 'Explains the measure of a chart panel (Hedges’ g, a standardized difference, in plain words: one shared score for results from different tests). "Again": the panel before explains the same kind of score.',
        },
      ),
    min: -0.5,
    max: 1,
    ticks: [-0.5, 0, 0.5, 1],
    none: 0,
    rows: [
      {
        condition: 'ptsd',
        label: () =>
          msg('All trials', { id: 'evidence-summary.borgogna.all', desc: 'Chart row: every trial combined.' }),
        value: 0.27,
        low: 0.03,
        high: 0.51,
      },
      {
        condition: 'ptsd',
        label: () =>
          msg('Adjusted for possible flaws (bias)', {
            id: 'evidence-summary.borgogna.corrected',
            desc: 'Chart row: the same result after a statistical correction for bias. Keep the word for "bias" in brackets, as the glossary writes it.',
          }),
        value: 0.2,
        low: -0.08,
        high: 0.48,
      },
      {
        condition: 'ptsd',
        label: () =>
          msg('Compared with another real drug, at 24 hours', {
            id: 'evidence-summary.borgogna.active',
            desc: 'Chart row: trials whose comparison was another real drug given for comparison (an active control), not a placebo, measured at 24 hours. Do not write "effective": it says nothing about whether that drug works.',
          }),
        value: 0.24,
        low: -0.3,
        high: 0.78,
      },
      {
        condition: 'ptsd',
        label: () => msg('At 1 week', { id: 'evidence-summary.borgogna.1w', desc: 'Chart row: time after treatment.' }),
        value: 0.24,
        low: 0,
        high: 0.48,
      },
    ],
  },
  {
    id: 'whittaker',
    title: () =>
      msg('Who responded (Whittaker 2021)', {
        id: 'evidence-summary.whittaker.title',
        desc: 'Chart panel title: how many people responded to treatment. Keep "Whittaker 2021".',
      }),
    explain: () =>
      msg(
        'Each dot compares the chances of responding with ketamine and with the comparison. This is called an odds ratio. 1 means no difference. Above 1, ketamine did better. When few people took part, the number can look very large, but it is very unsure: its range is very wide. The marks on this scale go 1, 10, 100.',
        {
          id: 'evidence-summary.whittaker.explain',
          desc: 'Explains the measure of a chart panel (odds ratio, on a logarithmic scale whose marks are 1, 10 and 100; keep the numbers). It must not read as "times more likely".',
        },
      ),
    min: 0.3,
    max: 500,
    ticks: [1, 10, 100],
    log: true,
    none: 1,
    rows: [
      {
        condition: 'sad',
        label: () =>
          msg('Social anxiety: 2 trials, 59 people', {
            id: 'evidence-summary.whittaker.sad',
            desc: 'Chart row. Keep the numbers.',
          }),
        value: 28.94,
        low: 3.45,
        high: 242.57,
        note: () =>
          msg('Only 59 people, so the range is very wide. This does not mean 29 times as likely to respond.', {
            id: 'evidence-summary.whittaker.sad-note',
            desc: 'Note under a chart row. Keep the numbers (29 is the odds ratio 28.94, rounded).',
          }),
      },
      {
        condition: 'ptsd',
        label: () =>
          msg('PTSD: 3 trials', { id: 'evidence-summary.whittaker.ptsd', desc: 'Chart row. Keep the number.' }),
        value: 2.03,
        low: 0.67,
        high: 6.15,
      },
    ],
  },
];

/** The source article's claims, quoted, and what the evidence supports (section E). */
export interface Claim {
  claim: () => string;
  evidence: () => string;
  sources: readonly SourceId[];
}

export const CLAIMS: readonly Claim[] = [
  {
    claim: () =>
      msg(
        '“A single ketamine infusion significantly reduced anxiety symptoms in patients with SAD, with effects lasting up to two weeks.”',
        {
          id: 'evidence-summary.claim.sad',
          desc: 'A claim quoted from an English web article (SAD = social anxiety disorder). Translate it faithfully, in quotation marks of your language.',
        },
      ),
    // §E (one crossover RCT, 18 patients) and §A taylor-2018-sad, Results: LSAS response 33.33% vs 0%; self-rated
    // VAS-Anxiety no different overall (p = 0.95), VAS response 88.89% vs 52.94% (p = 0.034).
    evidence: () =>
      msg(
        'This comes from one small trial of 18 people (Taylor 2018). Anxiety improved on the doctors’ rating. On the patients’ own rating, the overall scores did not differ. On the doctors’ rating, 1 in 3 people met the goal for a response after ketamine, and none after placebo. On the patients’ own rating, about 9 in 10 did after ketamine, and about 5 in 10 after placebo. The trial ended at two weeks, so we do not know how long the effect lasts.',
        {
          id: 'evidence-summary.evidence.sad',
          desc: 'What the evidence supports. Doctors’ rating = clinician-rated LSAS; patients’ own rating = self-rated VAS-Anxiety. "1 in 3", "about 9 in 10" and "about 5 in 10" are natural frequencies (people out of 10 or 3). Keep "Taylor 2018" and the numbers.',
        },
      ),
    sources: ['taylor-2018-sad'],
  },
  {
    claim: () =>
      msg('“Ketamine can rapidly reduce GAD symptoms, with relief within 1–2 hours after infusion.”', {
        id: 'evidence-summary.claim.gad',
        desc: 'A claim quoted from an English web article (GAD = generalized anxiety disorder). Translate it faithfully, in quotation marks of your language.',
      }),
    // §E; "Glue 2020" is glue-2020-replication (the tablet pilot, glue-2020-r107, is not cited in this widget).
    evidence: () =>
      msg(
        'No randomized trial has tested ketamine in generalized anxiety alone. The “within 1 hour” results come from small studies of 12 people each, with mixed anxiety disorders that other treatments had not helped (Glue 2017, Glue 2020). They were open-label, or the comparison was weak. The ketamine was a shot under the skin, not an infusion. The effects lasted about a week at most. Higher doses brought more dissociation (feeling unreal or detached) and higher blood pressure.',
        {
          id: 'evidence-summary.evidence.gad',
          desc: 'What the evidence supports. Keep the names, years and numbers. Open-label: everyone knew the treatment. "The comparison was weak": the comparison drug was given only once.',
        },
      ),
    sources: ['glue-2017-dose', 'glue-2020-replication'],
  },
  {
    claim: () =>
      msg(
        '“Multiple studies have demonstrated ketamine’s potential in reducing PTSD symptoms … sustained improvement for several weeks.”',
        {
          id: 'evidence-summary.claim.ptsd',
          desc: 'A claim quoted from an English web article; keep the ellipsis (words left out). Translate it faithfully, in quotation marks of your language.',
        },
      ),
    evidence: () =>
      msg(
        'In one trial, the benefit showed at 24 hours and did not last long (Feder 2014). In a trial of 30 people, it lasted a median of 27.5 days in those who responded (Feder 2021). The largest trial, with 158 people, found no effect on PTSD symptoms (Abdallah 2022). Ketamine plus therapy did no better than a control drug plus therapy (Duek 2023). Reviews find a small effect that does not hold up when the results are adjusted for possible flaws (Borgogna 2024).',
        {
          id: 'evidence-summary.evidence.ptsd',
          desc: 'What the evidence supports. Keep the names, years and numbers. "Adjusted for possible flaws" = the review’s statistical correction for bias.',
        },
      ),
    sources: ['feder-2014-ptsd', 'feder-2021-ptsd', 'abdallah-2022-ptsd', 'duek-2023-ptsd', 'borgogna-2024-ma'],
  },
];

/**
 * The evidence cards' built-in studies (src/elements/evidence-card/studies.ts) by condition, with a short
 * author-year label, for links to the single trials on the same page. Glue's studies enrolled people with
 * GAD and/or SAD. The tablet pilot (glue-2020-r107) enrolled people with depression and anxiety, no
 * condition shown here, so it is not linked, and "Glue 2020" names only the replication study here.
 */
export const TRIALS: Readonly<Record<string, { label: string; conditions: readonly Condition[] }>> = {
  'taylor-2018-sad': { label: 'Taylor 2018', conditions: ['sad'] },
  'glue-2017-dose': { label: 'Glue 2017', conditions: ['sad', 'gad'] },
  'glue-2018-maintenance': { label: 'Glue 2018', conditions: ['sad', 'gad'] },
  'glue-2020-replication': { label: 'Glue 2020', conditions: ['sad', 'gad'] },
  'feder-2014-ptsd': { label: 'Feder 2014', conditions: ['ptsd'] },
  'feder-2021-ptsd': { label: 'Feder 2021', conditions: ['ptsd'] },
  'abdallah-2022-ptsd': { label: 'Abdallah 2022', conditions: ['ptsd'] },
  'duek-2023-ptsd': { label: 'Duek 2023', conditions: ['ptsd'] },
};
