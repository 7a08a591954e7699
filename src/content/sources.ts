import { STUDY_CITATIONS, type StudyId } from './study-citations.js';
import { sentence } from './sentence.js';
import type { Citation } from '../schema/citation.js';

/*
 * Every source the widgets may cite, by stable id: the built-in studies
 * (sections A–B of shared/content/evidence.md) plus the reviews, comparator
 * studies, regulatory notices, labels and patient pages of sections C–D and I–J. Citations stay as published
 * and are not translated. Identifiers marked UNVERIFIED in the evidence file
 * are left out, and so is any link that would depend on them.
 */

export interface Source {
  /** The full citation as text. */
  citation: string;
  doi?: string;
  /** Only where the evidence file verifies the PMID. */
  pmid?: string;
  /** A web page, for sources without a DOI. */
  url?: string;
}

const OTHER_SOURCES = {
  'whittaker-2021-ma': {
    citation:
      'Whittaker E, Dadabayev AR, Joshi SA, Glue P. Systematic review and meta-analysis of randomized controlled trials of ketamine in the treatment of refractory anxiety spectrum disorders. Ther Adv Psychopharmacol. 2021;11:20451253211056743.',
    doi: '10.1177/20451253211056743',
  },
  'tully-2022-sr': {
    citation:
      'Tully JL, Dahlén AD, Haggarty CJ, Schiöth HB, Brooks S. Ketamine treatment for refractory anxiety: A systematic review. Br J Clin Pharmacol. 2022;88(10):4412–4426.',
    doi: '10.1111/bcp.15374',
    pmid: '35510346',
  },
  'hartland-2023-ma': {
    citation:
      'Hartland H, Mahdavi K, Jelen LA, Strawbridge R, Young AH, Alexander L. A transdiagnostic systematic review and meta-analysis of ketamine’s anxiolytic effects. J Psychopharmacol. 2023;37(8):764–774.',
    doi: '10.1177/02698811231161627',
    pmid: '37005739',
  },
  'borgogna-2024-ma': {
    citation:
      'Borgogna NC, Owen T, Vaughn J, Johnson DAL, Aita SL, Hill BD. So how special is special K? A systematic review and meta-analysis of ketamine for PTSD RCTs. Eur J Psychotraumatol. 2024;15(1):2299124.',
    doi: '10.1080/20008066.2023.2299124',
  },
  'almeida-2024-ma': {
    citation:
      'Effectiveness of Ketamine for the Treatment of Post-Traumatic Stress Disorder – A Systematic Review and Meta-Analysis. Clin Neuropsychiatry. 2024;21(1):22–31.',
    doi: '10.36131/cnfioritieditore20240102',
    pmid: '38559428',
  },
  'mendez-2024-ma': {
    citation:
      'Mendez EM, Mills JA, Suresh V, Stimpfl JN, Strawn JR. Trajectory and magnitude of response in adults with anxiety disorders: a Bayesian hierarchical modeling meta-analysis of selective serotonin reuptake inhibitors, serotonin norepinephrine reuptake inhibitors, and benzodiazepines. CNS Spectr. 2024;29(3):187–196.',
    doi: '10.1017/S1092852924000142',
    pmid: '38523533',
  },
  'jakubovski-2019-ma': {
    citation: 'Jakubovski E, Johnson JA, Nasir M, Müller-Vahl K, Bloch MH. Depress Anxiety. 2019;36(3):198–212.',
    doi: '10.1002/da.22854',
    pmid: '30479005',
  },
  'fda-2020-benzodiazepines': {
    citation:
      'US Food and Drug Administration. Boxed Warning required on all benzodiazepines (abuse, misuse, addiction, physical dependence and withdrawal), 23 September 2020.',
  },
  'fda-ssri-label': {
    citation:
      'US Food and Drug Administration. SSRI labelling: Boxed Warning on suicidal thoughts and behaviours in children and young adults (e.g. escitalopram).',
  },
  'nice-cg113': {
    citation:
      'National Institute for Health and Care Excellence (NICE). Clinical guideline CG113: generalised anxiety disorder, 2011.',
  },
  'nhs-wales-gad': {
    citation: 'NHS 111 Wales (111.wales.nhs.uk). Generalised anxiety disorder.',
  },
  'hse-ssri': {
    citation: 'HSE Ireland (hse.ie). SSRI antidepressants: side effects.',
  },
  'nhs-ssri': {
    citation: 'NHS (nhs.uk). SSRI antidepressants.',
  },
  'nice-cg159': {
    citation:
      'National Institute for Health and Care Excellence (NICE). Clinical guideline CG159: social anxiety disorder.',
  },
  'short-2018-sr': {
    citation:
      'Short B, Fong J, Galvez V, Shelker W, Loo CK. Side-effects associated with ketamine use in depression: a systematic review. Lancet Psychiatry. 2018;5(1):65–78.',
    // Its PMID carries no [PM], [PMC] or [2nd] tag in the evidence file, so no PubMed link.
    doi: '10.1016/S2215-0366(17)30272-9',
  },
  'shahani-2007': {
    citation:
      'Shahani R, Streutker C, Dickson B, Stewart RJ. Ketamine-associated ulcerative cystitis: a new clinical entity. Urology. 2007;69(5):810–812.',
  },
  'fda-2019-spravato': {
    citation:
      'US Food and Drug Administration. Approval of Spravato (esketamine) nasal spray, with an oral antidepressant, for treatment-resistant depression, under a REMS, 5 March 2019; extended on 3 August 2020 to depressive symptoms in adults with major depressive disorder with acute suicidal ideation or behaviour.',
  },

  'fda-2023-compounded-ketamine': {
    citation: 'US Food and Drug Administration. Warning on compounded ketamine products, 10 October 2023.',
  },
  // Section I (safety): the labels, the manufacturer's patient pages and the APA consensus (for <ketamine-safety-facts>).
  'spravato-label': {
    citation:
      'SPRAVATO (esketamine) nasal spray. US prescribing information (2019 label; 2021 brief summary) and Medication Guide. FDA SPL set d81a6a79-a74a-44b7-822c-0dfa3036eaed.',
  },
  'spravato-patient-site': {
    citation: 'SPRAVATO patient pages of the manufacturer (spravato.com).',
    url: 'https://spravato.com/',
  },
  'ketalar-label': {
    citation: 'KETALAR (ketamine) injection. US prescribing information (general anesthetic), revised 10/2024.',
  },
  'sanacora-2017-consensus': {
    citation:
      'Sanacora G, Frye MA, McDonald W, Mathew SJ, Turner MS, Schatzberg AF, Summergrad P, Nemeroff CB. A Consensus Statement on the Use of Ketamine in the Treatment of Mood Disorders. JAMA Psychiatry. 2017;74(4):399–405.',
    doi: '10.1001/jamapsychiatry.2017.0080',
  },
  // How ketamine works (section H): depression research, mostly in animals.
  'zanos-2018-mechanisms': {
    citation:
      'Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. 2018;23(4):801–811.',
    doi: '10.1038/mp.2017.255',
    pmid: '29532791',
  },
  'abdallah-2020-rapamycin': {
    citation:
      'Abdallah CG, Averill LA, Gueorguieva R, et al. Modulation of the antidepressant effects of ketamine by the mTORC1 inhibitor rapamycin. Neuropsychopharmacology. 2020;45:990–997.',
    doi: '10.1038/s41386-020-0644-9',
  },
  'yang-2019-enantiomers': {
    citation: 'Yang C, Yang J, Luo A, Hashimoto K. Transl Psychiatry. 2019;9:280.',
    doi: '10.1038/s41398-019-0624-1',
    pmid: '31699965',
  },
  'banov-2020-review': {
    citation:
      'Banov MD, Young JR, Dunn T, Szabo ST. Efficacy and safety of ketamine in the management of anxiety and anxiety spectrum disorders: a review of the literature. CNS Spectr. 2020;25(3):331–342.',
    doi: '10.1017/S1092852919001238',
    pmid: '31339086',
  },
  'kavalali-2018-hnk': {
    citation: 'Kavalali E, Monteggia L. Neuropsychopharmacology. 2018;43:221–222.',
    doi: '10.1038/npp.2017.210',
  },
} as const satisfies Record<string, Source>;

export type SourceId = StudyId | keyof typeof OTHER_SOURCES;

/**
 * The language of every built-in citation (they stay as published, in English): a widget in another language
 * marks them with it, so that a screen reader reads them with English pronunciation (WCAG 3.1.2).
 */
export const CITATION_LANG = 'en';

function studySource(id: StudyId): Source {
  const cited: Citation = STUDY_CITATIONS[id];
  const { authors, title, journal, year, details, doi, pmid } = cited;
  return {
    citation: `${sentence(authors)} ${sentence(title)} ${journal}. ${year}${details ? `;${details}` : ''}.`,
    ...(doi ? { doi } : {}),
    ...(pmid ? { pmid } : {}),
  };
}

/** Looks up any citable source by id. */
export function source(id: SourceId): Source {
  return Object.hasOwn(OTHER_SOURCES, id)
    ? OTHER_SOURCES[id as keyof typeof OTHER_SOURCES]
    : studySource(id as StudyId);
}
