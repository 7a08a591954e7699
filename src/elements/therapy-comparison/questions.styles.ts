import { css } from 'lit';

/*
 * The styles of rows="questions" (questions.ts). Their notes are here, not in the CSS, which ships as written.
 *
 * Narrow containers: a question's card opens to each therapy's answer; the highlighted therapy's answer has an
 * accent edge beside its "Highlighted" label. An answer gathered from two criteria shows each part under its
 * criterion's name.
 *
 * Print: one page (A4 or Letter, built-in content in English). Small type, and the table as text in three
 * columns, each question followed by every therapy's answer under its name (.printed-name), so no width
 * is lost to short cells beside long ones. The glossary and the sources run in three columns too; a source keeps
 * its DOI but not the repeated addresses (the DOI's URL, and the PubMed link beside a DOI).
 */
export const questionsStyles = css`
  .printed-name {
    display: none;
  }
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
  .parts {
    gap: 0.5em;
  }
  .parts dt {
    font-weight: 600;
    font-size: 0.9375em;
    color: var(--_muted);
  }

  @media print {
    [data-rows='questions'] {
      font-size: 6.5pt;
      line-height: 1.15;
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
      font-size: 1.25em;
    }
    [data-rows='questions'] tr {
      break-inside: auto;
    }
    [data-rows='questions'] tbody th {
      padding: 0.35em 0 0.2em;
      border: none;
      font-size: 1.1em;
      break-after: avoid;
    }
    [data-rows='questions'] td {
      padding: 0 0 0.35em;
      border: none;
    }
    [data-rows='questions'] .printed-name {
      display: inline;
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
    [data-rows='questions'] .links:has(a[data-kind='doi']) li:has(a[data-kind='pubmed']) {
      display: none;
    }
  }
`;
