/**
 * The page's schema.org structured data (JSON-LD) for the widgets it shows with built-in content: one
 * `MedicalWebPage` with the date the content was last reviewed, each evidence card's study as a `MedicalTrial`
 * (its design, its condition, the article that reports it), and those articles as the page's citations.
 * Every value comes from the content modules, as the widgets show it: the headlines and conditions in the
 * current locale (the caller switches it), the citations as published. Nothing the content leaves out (the
 * UNVERIFIED PMIDs, a crossover or an active comparison, which schema.org has no design for) is added.
 */
import type {
  MedicalScholarlyArticle,
  MedicalTrial,
  MedicalTrialDesign,
  MedicalWebPage,
  PropertyValue,
  WithContext,
} from 'schema-dts';
import { LAST_REVIEWED } from '../content/review.js';
import { STUDIES, isStudyId, type StudyId } from '../elements/evidence-card/studies.js';
import type { StudyDesign, StudyInput } from '../elements/evidence-card/study.schema.js';
import type { Citation } from '../schema/citation.js';
import { localize } from '../internal/localized-text.js';
import { safeWebUrl } from '../internal/safe-url.js';

/** One widget tag of a page, as written: its tag name and attributes. */
export interface PageWidget {
  tag: string;
  attributes?: Readonly<Record<string, string>>;
}

/**
 * The JSON-LD object (typed with schema-dts inside the library; published with this plain type so that users
 * need not install schema-dts).
 */
export type StructuredData = Readonly<Record<string, unknown>> & {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'MedicalWebPage';
};

/** The built-in study an evidence card shows, read as the card reads its `study` attribute. */
const studyOf = ({ tag, attributes = {} }: PageWidget): StudyId | undefined => {
  const id = attributes['study']?.trim() ?? '';
  return tag.toLowerCase() === 'ketamine-evidence-card' && isStudyId(id) ? id : undefined;
};

/** Whether the tag shows built-in content: every widget but an evidence card without a built-in study. */
const showsBuiltInContent = (widget: PageWidget, widgetTags: readonly string[]): boolean =>
  widgetTags.includes(widget.tag.toLowerCase()) &&
  (widget.tag.toLowerCase() !== 'ketamine-evidence-card' || studyOf(widget) !== undefined);

const BLINDING_DESIGN: Record<StudyDesign['blinding'], MedicalTrialDesign | undefined> = {
  'double-blind': 'https://schema.org/DoubleBlindedTrial',
  'single-blind': 'https://schema.org/SingleBlindedTrial',
  'open-label': 'https://schema.org/OpenTrial',
  'not-stated': undefined,
};

/** The members of schema.org's MedicalTrialDesign that the design states. */
function trialDesign(design: StudyDesign): MedicalTrialDesign[] {
  return [
    design.randomized ? 'https://schema.org/RandomizedTrial' : undefined,
    BLINDING_DESIGN[design.blinding],
    design.control === 'placebo' ? 'https://schema.org/PlaceboControlledTrial' : undefined,
  ].filter((value): value is MedicalTrialDesign => value !== undefined);
}

/** The article's node id: its DOI link (a global id), or a blank node of this page. */
const articleId = (citation: Citation, study: StudyId): string =>
  safeWebUrl(citation.doi && `https://doi.org/${citation.doi}`) ?? `_:ketamine-citation-${study}`;

function article(citation: Citation, study: StudyId): MedicalScholarlyArticle {
  const identifiers: PropertyValue[] = [
    ...(citation.doi ? [{ '@type': 'PropertyValue', propertyID: 'DOI', value: citation.doi } as const] : []),
    ...(citation.pmid ? [{ '@type': 'PropertyValue', propertyID: 'PMID', value: citation.pmid } as const] : []),
  ];
  const links = [
    citation.doi && `https://doi.org/${citation.doi}`,
    citation.pmid && `https://pubmed.ncbi.nlm.nih.gov/${citation.pmid}/`,
    citation.url,
  ].flatMap((link) => safeWebUrl(link) ?? []);
  return {
    '@type': 'MedicalScholarlyArticle',
    '@id': articleId(citation, study),
    name: citation.title,
    // The authors as cited; "et al." names no one, so it is not an author.
    author: citation.authors
      .split(/,\s*/)
      .filter((name) => name !== 'et al.')
      .map((name) => ({ '@type': 'Person', name })),
    datePublished: String(citation.year),
    isPartOf: { '@type': 'Periodical', name: citation.journal },
    ...(identifiers.length ? { identifier: identifiers } : {}),
    ...(links.length ? { sameAs: links } : {}),
  };
}

function trial(study: StudyInput, id: StudyId): MedicalTrial {
  const designs = trialDesign(study.design);
  return {
    '@type': 'MedicalTrial',
    name: localize(study.headline),
    healthCondition: { '@type': 'MedicalCondition', name: localize(study.condition) },
    ...(designs.length ? { trialDesign: designs } : {}),
    subjectOf: { '@id': articleId(study.citation, id) },
  };
}

/**
 * The page's structured data in `locale` (already the current locale), or `undefined` when no widget of the
 * page shows built-in content. `widgetTags`: the tags of the registry.
 */
export function medicalWebPage(
  widgets: readonly PageWidget[],
  locale: string,
  widgetTags: readonly string[],
): StructuredData | undefined {
  const shown = widgets.filter((widget) => showsBuiltInContent(widget, widgetTags));
  if (!shown.length) return undefined;
  const studies = [...new Set(shown.flatMap((widget) => studyOf(widget) ?? []))].map((id) => ({
    id,
    study: STUDIES[id](),
  }));
  const page: WithContext<MedicalWebPage> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    inLanguage: locale,
    lastReviewed: LAST_REVIEWED,
    ...(studies.length
      ? {
          citation: studies.map(({ id, study }) => article(study.citation, id)),
          mentions: studies.map(({ id, study }) => trial(study, id)),
        }
      : {}),
  };
  return page as StructuredData;
}

/** The attribute that marks the script as the library's, so that rendering a page again adds no second one. */
export const STRUCTURED_DATA_MARK = 'data-ketamine-structured-data';

/**
 * `data` as one `<script type="application/ld+json">` element. Every `<` is written as `\u003c` (the same
 * JSON), so no text in it can end the element (`</script`) or start a comment (`<!--`).
 */
export function jsonLdScript(data: StructuredData): string {
  return `<script type="application/ld+json" ${STRUCTURED_DATA_MARK}>${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
