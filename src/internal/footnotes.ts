import type { SourceId } from '../content/sources.js';

/**
 * Footnote keys keep built-in and clinic sources apart, so a clinic source
 * may reuse the id of a built-in one without clashing.
 */
export type FootnoteKey = `builtin:${SourceId}` | `clinic:${string}`;

export const builtInKey = (id: SourceId): FootnoteKey => `builtin:${id}`;
export const clinicKey = (id: string): FootnoteKey => `clinic:${id}`;

/**
 * Numbers sources 1..N in order of first appearance, reading the table row
 * by row, then cell by cell, then each cell's sources in order. The card view
 * reuses the same numbers, so a number always means the same source.
 */
export function numberFootnotes(
  grid: readonly (readonly { sources: readonly FootnoteKey[] }[])[],
): Map<FootnoteKey, number> {
  const numbers = new Map<FootnoteKey, number>();
  for (const row of grid) {
    for (const cell of row) {
      for (const key of cell.sources) {
        if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
      }
    }
  }
  return numbers;
}

/** Element ids inside the shadow root: the source list item, and a footnote's first mention per view. */
export const sourceAnchor = (n: number): string => `source-${n}`;
export const refAnchor = (view: 'table' | 'cards', n: number): string => `ref-${view}-${n}`;
