import { CITATION_LANG, source, type SourceId } from '../../content/sources.js';
import { builtInKey, numberFootnotes, type FootnoteKey } from '../../internal/footnotes.js';
import type { Citable } from '../../internal/source-links.js';
import { CLAIMS, ONSET, OTHER_IDEAS, SCOPE } from './sections.js';
import { STEPS } from './steps.js';

/** Every cited text in reading order: scope, steps, other ideas, onset, claims. */
const CITED_IN_ORDER: readonly { sources: readonly SourceId[] }[] = [
  ...SCOPE,
  ...STEPS.flatMap((step) => step.findings),
  OTHER_IDEAS,
  ...ONSET,
  ...CLAIMS,
];

/** Sources numbered 1..N in order of first mention (the same numbering as the comparison table's). */
export const FOOTNOTES: ReadonlyMap<FootnoteKey, number> = numberFootnotes([
  CITED_IN_ORDER.map((cited) => ({ sources: cited.sources.map(builtInKey) })),
]);

/** The footnote numbers of a text's sources, ascending. */
export const footnoteNumbers = (sources: readonly SourceId[]): number[] =>
  [...new Set(sources.map((id) => FOOTNOTES.get(builtInKey(id))!))].sort((a, b) => a - b);

export interface ListedSource extends Citable {
  n: number;
  citation: string;
  /** Set for a built-in citation (CITATION_LANG). */
  lang?: string;
}

/** The numbered source list. */
export const listedSources = (): ListedSource[] =>
  [...FOOTNOTES].map(([key, n]) => {
    const { citation, doi, pmid, url } = source(key.slice('builtin:'.length) as SourceId);
    return { n, citation, doi, pmid, url, lang: CITATION_LANG };
  });
