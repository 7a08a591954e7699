import { localize } from '../../internal/localized-text.js';
import type { Citable } from '../../internal/source-links.js';
import { CITATION_LANG, source, type SourceId } from '../../content/sources.js';
import {
  CELLS,
  CRITERION_IDS,
  CRITERION_LABELS,
  THERAPY_IDS,
  THERAPY_NAMES,
  isCriterionId,
  isTherapyId,
  type CriterionId,
} from './therapies.js';
import type { Comparison, ComparisonCell } from './comparison.schema.js';
import { QUESTIONS } from './questions.js';
import { builtInKey, clinicKey, numberFootnotes, type FootnoteKey } from '../../internal/footnotes.js';

/*
 * What the comparison shows, as plain data: which therapies and questions
 * (built-in and clinic additions merged), each cell's text and sources, and
 * the footnote numbers. No DOM; texts are read in the current locale.
 */

export interface Column {
  id: string;
  name: string;
}
export interface Row {
  id: string;
  label: string;
  /** `rows="questions"`: whether the row is a patient's question (otherwise a criterion of its own). */
  question?: boolean;
}
export interface Cell {
  /** `undefined`: the sources do not cover this question. */
  text: string | undefined;
  sources: FootnoteKey[];
}
export interface Model {
  columns: Column[];
  rows: Row[];
  /** `grid[row][column]`. */
  grid: Cell[][];
  numbers: Map<FootnoteKey, number>;
}

/** One criterion's cell within a question's answer, under the criterion's label. */
export interface Part extends Cell {
  label: string;
}
/** One therapy's answer to a question: the cells of the criteria the question gathers, in order. */
export interface Answer {
  parts: Part[];
  /** Every part's sources, in order (for numbering). */
  sources: FootnoteKey[];
}
/** `rows="questions"`: the same columns and cells, the rows grouped into patients' questions. */
export interface QuestionsModel {
  columns: Column[];
  rows: Row[];
  grid: Answer[][];
  numbers: Map<FootnoteKey, number>;
}

/** The `therapies`, `criteria` and `highlight` attributes. */
export interface SelectionAttributes {
  therapies: string | undefined;
  criteria: string | undefined;
  highlight: string | undefined;
}

/** An attribute naming ids that do not exist; `ignored` when the known ones are kept. */
export interface SelectionProblem {
  attribute: keyof SelectionAttributes;
  value: string;
  allowed: string[];
  ignored?: string[];
}

export interface Selection {
  columnIds: string[];
  rowIds: string[];
  highlighted: string | undefined;
  problems: SelectionProblem[];
}

/** Reads the attributes against the ids available now (built-in first, then the clinic's). */
export function select(clinic: Comparison, attributes: SelectionAttributes): Selection {
  const therapyIds = [...THERAPY_IDS, ...(clinic.therapies ?? []).map((t) => t.id)];
  const criterionIds = [...CRITERION_IDS, ...(clinic.criteria ?? []).map((c) => c.id)];
  const problems: SelectionProblem[] = [];
  const columnIds = pick('therapies', attributes.therapies, therapyIds, problems);
  const rowIds = pick('criteria', attributes.criteria, criterionIds, problems);
  let highlighted = attributes.highlight?.trim() || undefined;
  if (highlighted && !therapyIds.includes(highlighted)) {
    problems.push({ attribute: 'highlight', value: highlighted, allowed: therapyIds });
    highlighted = undefined;
  }
  return { columnIds, rowIds, highlighted, problems };
}

/**
 * The ids listed in an attribute, in its order, without unknown ids. Empty,
 * or nothing valid: all ids.
 */
function pick(
  attribute: 'therapies' | 'criteria',
  value: string | undefined,
  allowed: string[],
  problems: SelectionProblem[],
): string[] {
  const wanted = (value ?? '').split(/\s+/).filter(Boolean);
  if (wanted.length === 0) return allowed;
  const known = [...new Set(wanted.filter((id) => allowed.includes(id)))];
  const unknown = wanted.filter((id) => !allowed.includes(id));
  if (unknown.length > 0) {
    problems.push({ attribute, value: value!, allowed, ...(known.length > 0 ? { ignored: unknown } : {}) });
  }
  return known.length > 0 ? known : allowed;
}

/** The table in the current locale: headings, cell texts and footnote numbers. */
export function comparisonModel(clinic: Comparison, selection: Pick<Selection, 'columnIds' | 'rowIds'>): Model {
  const clinicTherapies = new Map((clinic.therapies ?? []).map((t) => [t.id, t]));
  const clinicCriteria = new Map((clinic.criteria ?? []).map((c) => [c.id, c]));
  const columns = selection.columnIds.map((id) => ({
    id,
    name: isTherapyId(id) ? THERAPY_NAMES[id]() : localize(clinicTherapies.get(id)!.name),
  }));
  const rows = selection.rowIds.map((id) => ({
    id,
    label: isCriterionId(id) ? CRITERION_LABELS[id]() : localize(clinicCriteria.get(id)!.label),
  }));
  const fromClinic = (cell: ComparisonCell | undefined): Cell => ({
    text: cell ? localize(cell.text) : undefined,
    sources: (cell?.sources ?? []).map(clinicKey),
  });
  // A built-in pair reads the built-in cell; otherwise the clinic therapy's cell wins over the clinic criterion's.
  const cellAt = (therapyId: string, criterionId: string): Cell => {
    if (isTherapyId(therapyId) && isCriterionId(criterionId)) {
      const cell = CELLS[therapyId][criterionId];
      return { text: cell?.text(), sources: (cell?.sources ?? []).map(builtInKey) };
    }
    const therapyCells = clinicTherapies.get(therapyId)?.cells;
    if (therapyCells && Object.hasOwn(therapyCells, criterionId)) return fromClinic(therapyCells[criterionId]);
    const criterionCells = clinicCriteria.get(criterionId)?.cells;
    return fromClinic(
      criterionCells && Object.hasOwn(criterionCells, therapyId) ? criterionCells[therapyId] : undefined,
    );
  };
  const grid = rows.map((row) => columns.map((column) => cellAt(column.id, row.id)));
  return { columns, rows, grid, numbers: numberFootnotes(grid) };
}

/**
 * The comparison with patients' questions as rows (QUESTIONS), regrouped from `model`: each question whose
 * criteria are all chosen, in the questions' order, then each chosen criterion no question gathers (the
 * built-in `mechanism`, the clinic's own) as a row of its own, in the chosen order. A question with only some
 * of its criteria chosen would promise an answer it cannot give ("…and for how long?" without the duration),
 * so in its place each chosen criterion of it keeps a row of its own, under its own label. Footnotes are
 * numbered again in this reading order.
 */
export function questionsModel(model: Model): QuestionsModel {
  const indexOf = new Map(model.rows.map((row, r) => [row.id, r]));
  const ownRow = (r: number) => ({ row: model.rows[r]!, indexes: [r] });
  const answered = new Set<string>(QUESTIONS.flatMap((q) => q.criteria));
  const groups = [
    ...QUESTIONS.flatMap((q) => {
      const indexes = q.criteria.flatMap((id) => indexOf.get(id) ?? []);
      if (indexes.length === q.criteria.length)
        return [{ row: { id: q.id, label: q.label(), question: true }, indexes }];
      return indexes.map(ownRow);
    }),
    ...model.rows.flatMap((row, r) => (answered.has(row.id) ? [] : [ownRow(r)])),
  ];
  const grid = groups.map(({ indexes }) =>
    model.columns.map((_, c) => {
      const parts = indexes.map((r) => ({ label: model.rows[r]!.label, ...model.grid[r]![c]! }));
      return { parts, sources: parts.flatMap((part) => part.sources) };
    }),
  );
  return { columns: model.columns, rows: groups.map((group) => group.row), grid, numbers: numberFootnotes(grid) };
}

/**
 * What a narrow card shows first, when chosen: how fast each treatment works, how strong its evidence is, and
 * its side effects and serious risks (so a phone's first view never shows benefits without harms).
 */
const CARD_FIRST: readonly string[] = ['onset', 'evidence', 'risks'] satisfies CriterionId[];

/**
 * A card's rows, as indexes into `rows`: those it shows first (the chosen ones of CARD_FIRST, or else
 * the first row) and the rest, behind the card's disclosure, in the table's order.
 */
export function cardRows(rows: readonly Row[]): { first: number[]; more: number[] } {
  const indexes = rows.map((_, i) => i);
  const key = indexes.filter((i) => CARD_FIRST.includes(rows[i]!.id));
  const first = key.length > 0 ? key : indexes.slice(0, 1);
  return { first, more: indexes.filter((i) => !first.includes(i)) };
}

/** One entry of the source list. */
export interface ListedSource extends Citable {
  key: FootnoteKey;
  n: number;
  citation: string;
  /** Set for a built-in citation (CITATION_LANG). */
  lang?: string;
}

/** The numbered source list, built-in and clinic sources resolved. */
export function listedSources(numbers: Map<FootnoteKey, number>, clinic: Comparison): ListedSource[] {
  const clinicSources = new Map((clinic.sources ?? []).map((s) => [s.id, s]));
  return [...numbers].map(([key, n]) => {
    const at = key.indexOf(':');
    const id = key.slice(at + 1);
    if (key.startsWith('builtin:')) {
      const cited = source(id as SourceId);
      const { citation, doi, pmid, url } = cited;
      return { key, n, citation, doi, pmid, url, lang: CITATION_LANG };
    }
    const cited = clinicSources.get(id)!;
    // Clinic sources have only a web link.
    return { key, n, citation: localize(cited.citation), url: cited.url };
  });
}
