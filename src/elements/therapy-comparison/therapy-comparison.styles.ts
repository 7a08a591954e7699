import { css, unsafeCSS } from 'lit';
import { MAX_COLUMNS } from './therapy-ids.js';

/*
 * Logical properties only (inline = the reading direction, block = top to
 * bottom), so right-to-left pages mirror without extra rules. Colours come
 * from the base tokens, which also switch to dark.
 *
 * Two renderings of the same content: the table (wide containers, print) and
 * one card per therapy (containers narrower than 40rem). Exactly one is
 * displayed; the other is `display: none`, which also hides it from
 * assistive technology, so nothing is read twice.
 */
/**
 * The table's column count (its `data-columns`) as the custom property its width needs, set by selectors rather
 * than a style attribute or a script: a Content-Security-Policy without 'unsafe-inline' blocks style attributes,
 * and a pre-rendered table must have its width before any script runs.
 */
const columnCounts = unsafeCSS(
  Array.from({ length: MAX_COLUMNS }, (_, i) => `table[data-columns='${i + 1}']{--_columns:${i + 1}}`).join(''),
);

export const therapyComparisonStyles = css`
  ${columnCounts}
  .intro {
    color: var(--_muted);
    font-size: 0.9375em;
    margin-block-end: var(--_space);
  }

  /* ---- Table ---- */
  .scroller {
    overflow: auto;
    max-block-size: var(--ketamine-table-max-block-size, 80vh);
    /* Focus scrolls clear of the sticky headers (WCAG 2.4.11): 4 lines of names, the corner's width. */
    scroll-padding-block: 8em 0;
    scroll-padding-inline: 9.5em 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
  }
  /* Fixed layout gives every therapy the same width (no column looks more important by size);
     below 12em a column, the region scrolls sideways instead. */
  table {
    inline-size: 100%;
    min-inline-size: calc(9.5em + var(--_columns, 4) * 12em);
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 0;
  }
  caption {
    caption-side: top;
    text-align: start;
    font-size: 1.125em;
    font-weight: 700;
    padding: calc(var(--_space) * 0.75);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.625em 0.75em;
    border-block-start: 1px solid var(--_border);
    border-inline: 3px solid transparent;
  }
  thead th,
  thead td {
    /* The header row stays in view while the region scrolls. */
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    background: var(--_surface);
    border-block-end: 2px solid var(--_border);
    box-shadow: 0 1px 0 var(--_border);
  }
  tbody th {
    /* The question stays in view while the table scrolls sideways. */
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_bg);
    font-weight: 700;
  }
  thead td.corner {
    inline-size: 9.5em;
    inset-inline-start: 0;
    z-index: 3;
  }
  thead th {
    font-weight: 700;
  }
  thead th .name {
    display: block;
  }
  /* Highlighted column: a heavier accent border on both sides plus a written label, never colour alone. */
  th.highlighted,
  td.highlighted {
    border-inline-color: var(--_accent);
  }
  th.highlighted {
    border-block-start: 4px solid var(--_accent);
  }
  tbody tr:last-child td.highlighted {
    border-block-end: 3px solid var(--_accent);
  }
  .marker {
    display: inline-block;
    margin-block-start: 0.25em;
    padding: 0 0.5em;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
  }
  .not-covered {
    font-style: italic;
    color: var(--_muted);
  }
  .refs {
    font-size: 0.75em;
    line-height: 0;
    white-space: nowrap;
    margin-inline-start: 0.15em;
  }
  .footnote {
    padding-inline: 0.15em;
  }

  /* ---- Cards ---- */
  .cards {
    display: none;
  }
  .cards-title {
    font-size: 1.125em;
    font-weight: 700;
    margin-block-end: 0.5em;
  }
  .card-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: calc(var(--_space) * 0.75);
    background: var(--_bg);
  }
  .card.highlighted {
    border: 3px solid var(--_accent);
  }
  .card-heading {
    font-size: 1.0625em;
    font-weight: 700;
    margin-block-end: 0.5em;
    padding-block-end: 0.25em;
    border-block-end: 1px solid var(--_border);
  }
  .card-heading .name {
    margin-inline-end: 0.25em;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.75em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  /* A card's other rows, one click away. */
  .card > .more {
    margin-block-start: 0.75em;
  }
  @container (width < 40rem) {
    .scroller {
      display: none;
    }
    .cards {
      display: block;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .scroller {
      scroll-behavior: smooth;
    }
  }

  @media print {
    .comparison {
      border: none;
      padding: 0;
    }
    .scroller {
      display: block !important;
      overflow: visible;
      max-block-size: none;
      border: none;
    }
    .cards {
      display: none !important;
    }
    table {
      min-inline-size: 0;
    }
    thead th,
    thead td,
    tbody th {
      position: static;
      box-shadow: none;
    }
    tr {
      break-inside: avoid;
    }
    .back {
      display: none;
    }
  }
`;
