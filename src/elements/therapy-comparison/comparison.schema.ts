import { msg, str } from '@lit/localize';
import * as z from 'zod/mini';
import { contentId, localizedText } from '../../schema/common.js';
import { clinicSourceSchema } from '../../schema/clinic-source.js';
import { CRITERION_IDS, MAX_CLINIC_THERAPIES, THERAPY_IDS } from './therapy-ids.js';

/**
 * A clinic's additions to the therapy comparison: its own therapy columns
 * (e.g. "TMS at our clinic"), its own rows, and the sources its cells cite.
 * Every text is a plain string or a per-locale map with an "en" entry.
 * Nothing here is checked against the evidence file: the clinic answers for
 * its own text. Example:
 *
 * ```json
 * {
 *   "therapies": [{
 *     "id": "tms",
 *     "name": { "en": "TMS at our clinic", "es": "EMT en nuestra clínica" },
 *     "cells": { "administration": { "text": "…", "sources": ["clinic-protocol"] } }
 *   }],
 *   "sources": [{ "id": "clinic-protocol", "citation": "Our TMS protocol, 2025", "url": "https://example.org/tms" }]
 * }
 * ```
 */

/** One cell: its text and, optionally, the ids of the clinic sources it cites (shown as numbered footnotes). */
const cellSchema = z.strictObject({
  text: localizedText,
  sources: z.optional(z.array(contentId).check(z.minLength(1), z.maxLength(10))),
});

/** A clinic therapy column; `cells` is keyed by criterion id (built-in or the clinic's own). */
const therapySchema = z.strictObject({
  id: contentId,
  name: localizedText,
  cells: z.record(contentId, cellSchema),
});

/** A clinic row; `cells` is keyed by therapy id (built-in or the clinic's own). */
const criterionSchema = z.strictObject({
  id: contentId,
  label: localizedText,
  cells: z.record(contentId, cellSchema),
});

type Draft = {
  therapies?: { id: string; cells: Record<string, { sources?: string[] | undefined }> }[] | undefined;
  criteria?: { id: string; cells: Record<string, { sources?: string[] | undefined }> }[] | undefined;
  sources?: { id: string }[] | undefined;
};

const list = (ids: readonly string[]): string => (ids.length ? ids.join(', ') : '—');

/**
 * The cross-checks zod's shapes cannot express: unique ids (also against the
 * built-in ones), cells keyed by known ids, each cell defined once, and every
 * footnote pointing to a declared clinic source. Each issue names its path.
 */
function crossCheck(value: Draft, ctx: z.core.$RefinementCtx<Draft>): void {
  // zod runs this also after non-fatal issues (a bad URL, an unknown field), so read defensively.
  const items = <T>(list: T[] | undefined): T[] => (Array.isArray(list) ? list : []);
  const entries = <T>(cells: Record<string, T>): [string, T][] =>
    cells && typeof cells === 'object' ? Object.entries(cells) : [];
  const issue = (path: (string | number)[], input: unknown, message: string) =>
    ctx.addIssue({ code: 'custom', path, input, message });

  const uniqueIds = (key: 'therapies' | 'criteria' | 'sources', builtIn: readonly string[]): string[] => {
    const seen = new Set<string>(builtIn);
    items<{ id: string }>(value[key]).forEach((item, index) => {
      if (seen.has(item.id)) {
        issue(
          [key, index, 'id'],
          item.id,
          msg(str`an id that is not already taken (taken: ${list([...seen])})`, {
            id: 'error.expected.comparison-unique-id',
            desc: 'Error panel: an id in the comparison content is used twice or is a built-in id; the placeholder lists the ids already taken.',
          }),
        );
      }
      seen.add(item.id);
    });
    return [...seen];
  };
  const therapyIds = uniqueIds('therapies', THERAPY_IDS);
  const criterionIds = uniqueIds('criteria', CRITERION_IDS);
  const sourceIds = uniqueIds('sources', []);

  const checkCells = (
    key: 'therapies' | 'criteria',
    index: number,
    cells: Record<string, { sources?: string[] | undefined }>,
    allowedKeys: readonly string[],
  ) => {
    for (const [cellKey, cell] of entries(cells)) {
      if (!allowedKeys.includes(cellKey)) {
        issue(
          [key, index, 'cells', cellKey],
          cellKey,
          key === 'therapies'
            ? msg(str`a row id: ${list(allowedKeys)}`, {
                id: 'error.expected.comparison-criterion-key',
                desc: 'Error panel: the cells of a clinic therapy must be keyed by a row (criterion) id; the placeholder lists them.',
              })
            : msg(str`a column id: ${list(allowedKeys)}`, {
                id: 'error.expected.comparison-therapy-key',
                desc: 'Error panel: the cells of a clinic row must be keyed by a column (therapy) id; the placeholder lists them.',
              }),
        );
      }
      items(cell?.sources).forEach((sourceId, s) => {
        if (!sourceIds.includes(sourceId)) {
          issue(
            [key, index, 'cells', cellKey, 'sources', s],
            sourceId,
            msg(str`the id of a source listed under "sources": ${list(sourceIds)}`, {
              id: 'error.expected.comparison-source-ref',
              desc: 'Error panel: a footnote must name a source the clinic declared in its "sources" list (keep "sources" as is); the placeholder lists the declared ids.',
            }),
          );
        }
      });
    }
  };
  items(value.therapies).forEach((therapy, index) => checkCells('therapies', index, therapy.cells, criterionIds));
  items(value.criteria).forEach((criterion, index) => checkCells('criteria', index, criterion.cells, therapyIds));

  // A clinic column × clinic row cell may be written in either place, but only once.
  items(value.criteria).forEach((criterion, index) => {
    for (const [therapyId] of entries(criterion.cells)) {
      const therapy = items(value.therapies).find((t) => t.id === therapyId);
      if (therapy && entries(therapy.cells).some(([key]) => key === criterion.id)) {
        issue(
          ['criteria', index, 'cells', therapyId],
          therapyId,
          msg(str`each cell written once; this one is also in the cells of therapy "${therapyId}"`, {
            id: 'error.expected.comparison-cell-once',
            desc: 'Error panel: the same table cell is given both under a clinic therapy and under a clinic row. The placeholder is a therapy id.',
          }),
        );
      }
    }
  });
}

/** `{ therapies?, criteria?, sources? }`: what a clinic adds to the comparison. */
export const comparisonSchema = z
  .strictObject({
    therapies: z.optional(z.array(therapySchema).check(z.maxLength(MAX_CLINIC_THERAPIES))),
    criteria: z.optional(z.array(criterionSchema).check(z.maxLength(12))),
    sources: z.optional(z.array(clinicSourceSchema).check(z.maxLength(30))),
  })
  .check(z.superRefine(crossCheck));

/** A clinic's additions as written (JSON or the `additions` property). */
export type ComparisonInput = z.input<typeof comparisonSchema>;
/** A clinic's additions after validation. */
export type Comparison = z.output<typeof comparisonSchema>;
export type ComparisonCell = z.output<typeof cellSchema>;
