import { msg } from '@lit/localize';
import type { Fact } from '../../content/safety-shared.js';

/*
 * The facts only the printed visit summary shows: it may be the one widget on a page, so it says, on its own, how
 * limited the benefit is, who must not have the nasal spray, how large a blood-pressure rise can be, why pregnancy
 * matters and which treatments guidelines recommend. The safety facts widget says these in its own words and
 * sections, so they live here, not in the shared facts its page loads. Their message ids (safety-shared.*) are
 * kept: translators know them by those ids. Every fact comes from shared/content/evidence.md.
 */

// C (whittaker-2021-ma: 6 acute RCTs, PTSD not significant; tully-2022-sr: effects "persist for up to a week",
// "temporary"); A (taylor-2018-sad: the one placebo-controlled trial in anxiety, clinician LSAS better, self-rated
// VAS-Anxiety no different, p = 0.95; review 16, D1: the anxiety week is not read as a benefit taken for granted;
// review 17, D1: its size and condition named); E (no RCT in GAD alone; the Glue studies' week); B (feder-2021-ptsd:
// 30 people, responders 67% vs 20%, median time to loss of response 27.5 days; abdallah-2022-ptsd: the largest trial,
// 158 antidepressant-resistant veterans and service members, no effect on PTSD symptoms), so the negative trial is
// not read as the only PTSD result (review 14, D6).
/** How little and how briefly ketamine has been shown to help, for a page that shows no evidence widget. */
export const BENEFIT_LIMITED: Fact = {
  text: () =>
    msg(
      'There are few studies of ketamine for anxiety and PTSD, and most are small. In anxiety, only one trial compared ketamine with a placebo (a dummy treatment). It had 18 people with social anxiety. Doctors rated anxiety as better, but patients’ own anxiety scores did not differ. There is no such trial in generalized anxiety. Where there was an effect, it lasted up to about a week after a dose. In a PTSD trial of 30 people, symptoms fell by 30% or more in about 7 in 10 on ketamine and 2 in 10 on a comparison drug. With so few people, the true numbers could be quite different. Half of those it helped had lost the benefit about 4 weeks after the last dose. The largest PTSD trial had 158 veterans and service members. Antidepressants had not helped their PTSD. Ketamine did not ease their PTSD more than a placebo.',
      {
        id: 'safety-shared.benefit-limited',
        desc: 'Printed visit summary, a fact: the research on ketamine for anxiety and PTSD is scarce and small (6 randomized trials in one review); in anxiety, the one placebo-controlled trial (Taylor 2018, 18 people with social anxiety; none in generalized anxiety) found clinicians rated anxiety better but the patients’ own anxiety scores did not differ; where there was an effect it lasted up to about a week (a review: "temporary"); a PTSD trial of 30 people (Feder 2021): responders (symptoms down by 30% or more), with the note that so few people make the numbers uncertain 67% with ketamine vs 20% with the comparison drug midazolam, about 7 and 2 in 10; among responders, the median time to losing the response was 27.5 days after the course ("half … about 4 weeks"); the largest PTSD trial (158 veterans and service members whose PTSD had not responded to antidepressants) found no effect on PTSD symptoms compared with placebo. Keep the numbers and the negation.',
      },
    ),
  sources: ['whittaker-2021-ma', 'taylor-2018-sad', 'tully-2022-sr', 'feder-2021-ptsd', 'abdallah-2022-ptsd'],
};

// I (spravato-label: the three contraindications, aneurysmal vascular disease or arteriovenous malformation,
// intracerebral hemorrhage, hypersensitivity to esketamine or ketamine; the 2019 boxed warning "SEDATION;
// DISSOCIATION; ABUSE AND MISUSE; and SUICIDAL THOUGHTS AND BEHAVIORS"); the boxed warning explained as the glossary
// does. For the visit summary, before what to tell the clinic, so the reasons stand on the sheet (review 18, D1).
/** Who must not have the nasal spray, and its boxed warning, said of the spray only. */
export const SPRAY_WARNINGS: Fact = {
  text: () =>
    msg(
      'The label of the esketamine nasal spray says it must not be used by people with a bulging or tangled blood vessel, past bleeding in the brain, or an allergy to esketamine or ketamine. Its 2019 label has a boxed warning. This is a warning in a box, which the FDA requires for serious risks. It is about sleepiness, feeling detached, abuse and misuse, and suicidal thoughts and behaviors.',
      {
        id: 'safety-shared.spray-warnings',
        desc: 'Printed visit summary, a fact: the contraindications of esketamine nasal spray (aneurysm or arteriovenous malformation = a bulging or tangled blood vessel; intracerebral hemorrhage = past bleeding in the brain; hypersensitivity = an allergy) and the topics of its 2019 boxed warning (sedation = sleepiness, dissociation = feeling detached, abuse and misuse, suicidal thoughts and behaviors). Boxed warning: use the same term as elsewhere, explained as a warning in a box that the FDA requires for serious risks. Keep it said of the nasal spray only, and the year.',
      },
    ),
  sources: ['spravato-label'],
};

// I (spravato-label: "8% to 19%" vs "1% to 4%" on placebo had a rise of >= 40 mmHg systolic and/or >= 25 mmHg
// diastolic at least once in the first 4 weeks; depression trials). For the visit summary, beside the anxiety
// studies' average rise, so its one blood-pressure number is not a mild average alone (review 15, D1).
/** How many had a large blood-pressure rise in the nasal-spray studies, against placebo. */
export const BLOOD_PRESSURE_SPRAY: Fact = {
  text: () =>
    msg(
      'In the esketamine nasal-spray studies, in depression, 8 to 19 in 100 people had a large rise in blood pressure at least once in the first 4 weeks. On placebo, 1 to 4 in 100 did. A large rise means the top number went up by 40 or more, or the bottom number by 25 or more.',
      {
        id: 'safety-shared.blood-pressure-spray',
        desc: 'Printed visit summary, a fact: with esketamine nasal spray, in depression trials, 8% to 19% had a large blood-pressure rise (40 mm Hg or more systolic, or 25 or more diastolic) at least once in the first 4 weeks, against 1% to 4% on placebo. Top number = systolic, bottom number = diastolic, in mm Hg. Keep both rates out of 100, the scope (esketamine, depression) and the numbers.',
      },
    ),
  sources: ['spravato-label'],
};

// I (spravato-label: pregnancy "may cause fetal harm"; "Advise women not to breastfeed during treatment"); no FDA
// label sets rules for low-dose ketamine in psychiatry (I ketalar-label), so for other forms: ask your clinic.
/** Why pregnancy and breastfeeding matter, said for the one approved form (review 15, D4). */
export const PREGNANCY: Fact = {
  text: () =>
    msg(
      'Pregnancy and breastfeeding. The label of the esketamine nasal spray says it may harm an unborn baby, and not to breastfeed during treatment. For ketamine by drip, shot or tablet, ask your clinic.',
      {
        id: 'safety-shared.pregnancy',
        desc: 'Printed visit summary, a fact: the esketamine nasal spray label says it may cause harm to the unborn baby (fetal harm) and advises not to breastfeed during treatment; for ketamine given any other way (drip = intravenous infusion, shot = injection, tablet) no label says, so the patient asks the clinic. Keep it said of the nasal spray only.',
      },
    ),
  sources: ['spravato-label', 'ketalar-label'],
};

// D (CBT: NICE CG113, generalized anxiety, step 3: CBT or applied relaxation, or drug treatment; NICE CG159, social
// anxiety: individual CBT); J (CG113: "offer a selective serotonin reuptake inhibitor (SSRI)"; CG159: "an SSRI
// (escitalopram or sertraline)"). No guideline on PTSD is in the file, so PTSD is not named (review 15, D5).
/** The treatments guidelines recommend, for a summary that otherwise speaks only of ketamine. */
export const OTHER_OPTIONS: Fact = {
  text: () =>
    msg(
      'Other treatments. For generalized and social anxiety, UK guidelines (NICE) recommend a talking therapy (CBT) or a medicine called an SSRI. Ask your clinic about these too.',
      {
        id: 'safety-shared.other-options',
        desc: 'Printed visit summary, a fact: for generalized anxiety disorder and social anxiety disorder, the UK guidelines (NICE CG113 and CG159) recommend cognitive behavioural therapy (CBT, a talking therapy) or an SSRI (a selective serotonin reuptake inhibitor, a type of medicine). Keep NICE, CBT and SSRI, and the two conditions; PTSD is not named on purpose.',
      },
    ),
  sources: ['nice-cg113', 'nice-cg159'],
};
