import { css } from 'lit';

/* Logical properties only: the chart's positions are mirrored in script, the rest by the writing direction. */
export const evidenceSummaryStyles = css`
  .summary > * + *,
  .condition > * + *,
  .more > * + * {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .condition > .more {
    margin-block-start: 0.25em;
  }
  /* The chart's disclosure starts a part of its own, apart from the last condition. */
  .summary > .chart-details {
    margin-block-start: var(--_space);
  }
  .chart-details > .chart {
    margin-block-start: 0.5em;
  }
  .heading {
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .condition-heading,
  .chart-title {
    display: block;
    font-size: 1.15em;
    font-weight: 700;
  }
  .condition {
    padding-block-start: calc(var(--_space) * 0.75);
  }
  .chart,
  .claims,
  .audit {
    margin-inline: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .audit {
    border: 2px dashed var(--_border);
  }
  .audit-note {
    font-weight: 600;
  }
  .chart-help,
  .explain,
  .measure-note,
  .note,
  .sides {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .measure {
    margin-block-start: var(--_space);
  }
  .measure-title {
    font-weight: 700;
  }
  .rows {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
  }
  .row {
    display: grid;
    grid-template-columns: 9em 1fr 11em;
    grid-template-areas: 'label track value' '. reading reading';
    column-gap: 0.75em;
    align-items: center;
    min-block-size: 2rem;
    padding-block: 0.25em;
    border-radius: 0.25em;
  }
  .label {
    grid-area: label;
  }
  .value {
    grid-area: value;
    font-variant-numeric: tabular-nums;
  }
  .reading,
  .note {
    grid-column: 2 / -1;
  }
  .track {
    grid-area: track;
    display: block;
    inline-size: 100%;
    block-size: 28px;
    overflow: visible;
  }
  /* The reading shows for the row in focus or under the pointer (screen readers always read it). */
  .row:not(:focus, :hover) .reading {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .row:focus-visible,
  .row:hover {
    background: var(--_bg);
  }
  .row:focus-visible .dot,
  .row:hover .dot {
    r: 8px;
  }
  .ci {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .dot {
    fill: var(--_accent);
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .dot.open {
    fill: var(--_bg);
  }
  .none {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .axis,
  .sides-row {
    grid-template-areas: '. track .';
  }
  .axis .track {
    block-size: 42px;
  }
  .tick {
    stroke: var(--_muted);
  }
  .axis text {
    fill: var(--_muted);
    font-size: 0.75rem;
    text-anchor: middle;
  }
  .sides {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    grid-area: track;
  }
  .sides span:last-child {
    text-align: end;
  }
  .toggle {
    margin-block-start: var(--_space);
    min-block-size: 2.75rem;
    padding-inline: 1em;
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid transparent;
    border-radius: 0.5em;
    cursor: pointer;
  }
  .data {
    overflow-x: auto;
    margin-block-start: 0.5em;
  }
  .data[hidden] {
    display: none;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .group,
  .group-notes td {
    background: var(--_bg);
  }
  dt {
    font-style: italic;
    margin-block-start: 0.75em;
  }
  dd {
    margin: 0.25em 0 0;
  }
  .numbers div {
    display: flex;
    gap: 0.5em;
  }
  .numbers dt {
    font-style: normal;
    margin: 0;
  }
  .numbers dd {
    margin: 0;
    font-weight: 700;
  }
  .source-list {
    margin: 0.25em 0 0.75em;
    padding-inline-start: 1.5em;
  }
  .trials a,
  .audit a {
    display: inline-block;
    min-block-size: 24px;
  }
  /* Narrow containers: the label and value above a full-width track. */
  @container (max-width: 34rem) {
    .row {
      grid-template-columns: 1fr;
      grid-template-areas: 'label' 'value' 'track';
    }
    .reading,
    .note {
      grid-column: 1 / -1;
    }
    .axis,
    .sides-row {
      grid-template-areas: 'track';
    }
  }
  @media (forced-colors: active) {
    .ci,
    .dot,
    .none,
    .tick {
      stroke: CanvasText;
    }
    .dot {
      fill: CanvasText;
    }
    .dot.open {
      fill: Canvas;
    }
    .axis text {
      fill: CanvasText;
    }
    .toggle {
      border-color: ButtonText;
    }
  }
  @media print {
    .more > summary {
      list-style: none;
    }
    .toggle {
      display: none;
    }
    .data[hidden] {
      display: block;
    }
    .row,
    .measure,
    tr {
      break-inside: avoid;
    }
  }
  /* Printing shows every disclosure's content, open or not (a rule of its own: older browsers drop the selector). */
  @media print {
    .more::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
