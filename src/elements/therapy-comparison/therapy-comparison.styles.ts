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
  /* rows="questions": a question's card opens to each therapy's answer; the highlighted one has an accent edge. */
  .question > dl {
    margin-block-start: 0.75em;
  }
  .question .fact + .fact {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  .fact.highlighted {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.5em;
  }
  /* An answer gathered from two criteria: each part under its criterion's name. */
  .parts {
    gap: 0.5em;
  }
  .parts dt {
    font-weight: 600;
    font-size: 0.9375em;
    color: var(--_muted);
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
    /*
     * rows="questions" prints on one page (A4 or Letter, built-in content in English): small type, and the
     * table as text in three columns, each question followed by every therapy's answer under its name
     * (data-name), so no width is lost to short cells beside long ones. The glossary and the sources run in
     * three columns too; a source keeps its DOI but not the repeated addresses.
     */
    [data-rows='questions'] {
      font-size: 6.5pt;
      line-height: 1.2;
    }
    [data-rows='questions'] .intro {
      margin-block-end: 0.4em;
    }
    [data-rows='questions'] .scroller,
    [data-rows='questions'] .glossary-list,
    [data-rows='questions'] .source-list {
      column-count: 3;
      column-gap: 1.25em;
    }
    [data-rows='questions'] :is(table, caption, tbody, tr, th, td) {
      display: block;
    }
    [data-rows='questions'] thead {
      display: none;
    }
    [data-rows='questions'] caption {
      column-span: all;
      padding: 0 0 0.4em;
      font-size: 1.4em;
    }
    [data-rows='questions'] tr {
      break-inside: auto;
    }
    [data-rows='questions'] tbody th {
      padding: 0.5em 0 0.2em;
      border: none;
      font-size: 1.1em;
      break-after: avoid;
    }
    [data-rows='questions'] td {
      padding: 0 0 0.35em;
      border: none;
    }
    [data-rows='questions'] td::before {
      content: attr(data-name) ' ';
      font-weight: 700;
    }
    [data-rows='questions'] :is(.parts, .part, .parts dt, .parts dd) {
      display: inline;
    }
    [data-rows='questions'] .parts dt {
      font-style: italic;
      font-weight: 400;
    }
    [data-rows='questions'] .parts dt::after,
    [data-rows='questions'] .glossary-list dt::after {
      content: ' ';
    }
    [data-rows='questions'] .glossary {
      margin-block-start: 0.5em;
      padding: 0;
      border: none;
    }
    [data-rows='questions'] .glossary-list {
      display: block;
      font-size: 0.9em;
    }
    [data-rows='questions'] :is(.glossary-entry, .glossary-list dt, .glossary-list dd) {
      display: inline;
      margin: 0;
    }
    [data-rows='questions'] .glossary-list dd::after {
      content: '\\A';
      white-space: pre;
    }
    [data-rows='questions'] .footer {
      margin-block-start: 0.5em;
      padding-block-start: 0.4em;
    }
    [data-rows='questions'] .source-list {
      font-size: 0.85em;
      padding-inline-start: 1.5em;
    }
    [data-rows='questions'] .source {
      margin-block-end: 0.15em;
    }
    [data-rows='questions'] :is(.links, .links li, .links a) {
      display: inline;
      margin: 0;
      padding: 0;
      min-block-size: 0;
    }
    [data-rows='questions'] .links a[data-kind='doi']::after {
      content: none;
    }
    [data-rows='questions'] .links li:has(a[data-kind='pubmed']) {
      display: none;
    }
  }
`;
