import { localize } from '../../internal/localized-text.js';
import type { Citable } from '../../internal/source-links.js';
import type { FrequencyComparison } from '../../internal/icon-array.js';
import { builtInKey, clinicKey, numberFootnotes, type FootnoteKey } from '../../internal/footnotes.js';
import { CITATION_LANG, source, type SourceId } from '../../content/sources.js';
import { SECTIONS, type Fact } from './content.js';
import { SECTION_IDS, isSectionId, type SectionId } from './section-ids.js';
import type { ClinicItem, SafetyAdditions } from './safety-facts.schema.js';

/*
 * What the widget shows, as plain data: the chosen sections, each statement
 * with its footnote numbers, the clinic's items apart, and the numbered
 * source list. No DOM; texts are read in the current locale.
 */

export interface ShownItem {
  text: string;
  /** Footnote numbers, ascending. */
  refs: number[];
  /** A clinic phone number, as written. */
  phone?: string | undefined;
  /** The rates the statement gives, drawn as icon arrays beside it. */
  frequencies?: FrequencyComparison | undefined;
}
export interface ShownBlock {
  lead: ShownItem | undefined;
  items: ShownItem[];
}
export interface ShownSection {
  id: SectionId;
  title: string;
  /** The key line shown under the title while the section is closed. */
  key: string | undefined;
  blocks: ShownBlock[];
  /** The clinic's own items for this section, shown apart and marked as the clinic's. */
  clinic: ShownItem[];
}
export interface ListedSource extends Citable {
  n: number;
  citation: string;
  fromClinic: boolean;
  /** Set for a built-in citation (CITATION_LANG). */
  lang?: string;
}
export interface SafetyModel {
  sections: ShownSection[];
  sources: ListedSource[];
}

/** The `sections` attribute read: the ids to show, in its order, and any it names that do not exist. */
export function pickSections(value: string | undefined): { ids: SectionId[]; unknown: string[] } {
  const wanted = (value ?? '').split(/\s+/).filter(Boolean);
  const ids = [...new Set(wanted.filter(isSectionId))];
  const unknown = wanted.filter((id) => !isSectionId(id));
  // Empty, or nothing valid: every section.
  return { ids: ids.length > 0 ? ids : [...SECTION_IDS], unknown };
}

export function safetyModel(ids: readonly SectionId[], clinic: SafetyAdditions): SafetyModel {
  const chosen = ids.map((id) => SECTIONS.find((section) => section.id === id)!);
  const keysOf = (fact: Fact): FootnoteKey[] => fact.sources.map(builtInKey);
  const clinicKeysOf = (item: ClinicItem): FootnoteKey[] => (item.sources ?? []).map(clinicKey);
  const clinicItems = (id: SectionId): ClinicItem[] => clinic.sections?.[id]?.items ?? [];
  // Reading order: each section's lead and items, block by block, then its clinic items.
  const grid = chosen.map((section) => [
    ...section.blocks
      .flatMap((block) => [...(block.lead ? [block.lead] : []), ...block.items])
      .map((fact) => ({
        sources: keysOf(fact),
      })),
    ...clinicItems(section.id).map((item) => ({ sources: clinicKeysOf(item) })),
  ]);
  const numbers = numberFootnotes(grid);
  const refs = (keys: FootnoteKey[]): number[] =>
    [...new Set(keys.map((key) => numbers.get(key)!))].sort((a, b) => a - b);
  const shownFact = (fact: Fact): ShownItem => ({
    text: fact.text(),
    refs: refs(keysOf(fact)),
    frequencies: fact.frequencies,
  });
  const sections = chosen.map((section) => ({
    id: section.id,
    title: section.title(),
    key: section.key?.(),
    blocks: section.blocks.map((block) => ({
      lead: block.lead && shownFact(block.lead),
      items: block.items.map(shownFact),
    })),
    clinic: clinicItems(section.id).map((item) => ({
      text: localize(item.text),
      refs: refs(clinicKeysOf(item)),
      phone: item.phone,
    })),
  }));
  return { sections, sources: listedSources(numbers, clinic) };
}

function listedSources(numbers: Map<FootnoteKey, number>, clinic: SafetyAdditions): ListedSource[] {
  const clinicSources = new Map((clinic.sources ?? []).map((s) => [s.id, s]));
  return [...numbers].map(([key, n]) => {
    const id = key.slice(key.indexOf(':') + 1);
    if (key.startsWith('builtin:')) {
      const { citation, doi, pmid, url } = source(id as SourceId);
      return { n, citation, doi, pmid, url, fromClinic: false, lang: CITATION_LANG };
    }
    const cited = clinicSources.get(id)!;
    return { n, citation: localize(cited.citation), url: cited.url, fromClinic: true };
  });
}
