import type { Citation } from '../schema/citation.js';

/*
 * How each built-in study is cited, as published (not translated), from
 * sections A and B of shared/content/evidence.md. Apart from the study texts
 * so that a widget citing a study does not carry every study's prose.
 * PMIDs and authors the file marks UNVERIFIED are left out.
 */
export const STUDY_CITATIONS = {
  'taylor-2018-sad': {
    authors:
      'Taylor JH, Landeros-Weisenberger A, Coughlin C, Mulqueen J, Johnson JA, Gabriel D, Reed MO, Jakubovski E, Bloch MH',
    title: 'Ketamine for Social Anxiety Disorder: A Randomized, Placebo-Controlled Crossover Trial',
    journal: 'Neuropsychopharmacology',
    year: 2018,
    details: '43(2):325–333',
    doi: '10.1038/npp.2017.194',
  },
  'glue-2017-dose': {
    authors: 'Glue P, Medlicott NJ, Harland S, Neehoff S, Anderson-Fahey B, Le Nedelec M, Gray A, McNaughton N',
    title:
      'Ketamine’s dose-related effects on anxiety symptoms in patients with treatment refractory anxiety disorders',
    journal: 'J Psychopharmacol',
    year: 2017,
    details: '31(10):1302–1305',
    doi: '10.1177/0269881117705089',
    pmid: '28441895',
  },
  'glue-2018-maintenance': {
    authors: 'Glue P, Neehoff SM, Medlicott NJ, Gray A, Kibby G, McNaughton N',
    title:
      'Safety and efficacy of maintenance ketamine treatment in patients with treatment-refractory generalised anxiety and social anxiety disorders',
    journal: 'J Psychopharmacol',
    year: 2018,
    details: '32(6):663–667',
    doi: '10.1177/0269881118762073',
    pmid: '29561204',
  },
  'glue-2020-replication': {
    authors: 'Glue P, Neehoff S, Sabadel A, Broughton L, Le Nedelec M, Shadli S, McNaughton N, Medlicott NJ',
    title:
      'Effects of ketamine in patients with treatment-refractory generalized anxiety and social anxiety disorders: Exploratory double-blind psychoactive-controlled replication study',
    journal: 'J Psychopharmacol',
    year: 2020,
    details: '34(3):267–272',
    doi: '10.1177/0269881119874457',
  },
  'glue-2020-r107': {
    authors: 'Glue P, Medlicott NJ, Neehoff S, Surman P, Lam F, Hung N, Hung CT',
    title:
      'Safety and efficacy of extended release ketamine tablets in patients with treatment-resistant depression and anxiety: open label pilot study',
    journal: 'Ther Adv Psychopharmacol',
    year: 2020,
    details: '10:2045125320922474',
    doi: '10.1177/2045125320922474',
    pmid: '32523677',
  },
  'feder-2014-ptsd': {
    authors:
      'Feder A, Parides MK, Murrough JW, Perez AM, Morgan JE, Saxena S, Kirkwood K, aan het Rot M, Lapidus KAB, Wan LB, Iosifescu D, Charney DS',
    title:
      'Efficacy of Intravenous Ketamine for Treatment of Chronic Posttraumatic Stress Disorder: A Randomized Clinical Trial',
    journal: 'JAMA Psychiatry',
    year: 2014,
    details: '71(6):681–688',
    doi: '10.1001/jamapsychiatry.2014.62',
    pmid: '24740528',
  },
  'feder-2021-ptsd': {
    authors: 'Feder A, et al.',
    title:
      'A Randomized Controlled Trial of Repeated Ketamine Administration for Chronic Posttraumatic Stress Disorder',
    journal: 'Am J Psychiatry',
    year: 2021,
    details: '178(2):193–202',
    doi: '10.1176/appi.ajp.2020.20050596',
  },
  'abdallah-2022-ptsd': {
    authors: 'Abdallah CG, Roache JD, Gueorguieva R, et al.',
    title:
      'Dose-related effects of ketamine for antidepressant-resistant symptoms of posttraumatic stress disorder in veterans and active duty military: a double-blind, randomized, placebo-controlled multi-center clinical trial',
    journal: 'Neuropsychopharmacology',
    year: 2022,
    details: '47(8):1574–1581',
    doi: '10.1038/s41386-022-01266-9',
    pmid: '35046508',
  },
  'duek-2023-ptsd': {
    authors: 'Duek O, Korem N, Li Y, Kelmendi B, Amen S, Gordon C, Milne M, Krystal JH, Levy I, Harpaz-Rotem I',
    title: 'Long term structural and functional neural changes following a single infusion of Ketamine in PTSD',
    journal: 'Neuropsychopharmacology',
    year: 2023,
    details: '48(11):1648–1658',
    doi: '10.1038/s41386-023-01606-3',
    pmid: '37270621',
  },
} as const satisfies Record<string, Citation>;

export type StudyId = keyof typeof STUDY_CITATIONS;
