import { css } from 'lit';

/*
 * Logical properties only, so the timeline mirrors in right-to-left pages.
 * Vertical by default; `orientation="horizontal"` lays the steps side by side
 * only when the widget itself is at least 48rem wide (the host is an
 * inline-size container), and stacks them below that.
 */
export const treatmentTimelineStyles = css`
  :host {
    --_marker: 2.75rem;
    --_line: 2px;
    --_gap: 0.75rem;
  }

  /* The list: a column of steps joined by a line. */
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  .step {
    position: relative;
    display: grid;
    grid-template-columns: var(--_marker) minmax(0, 1fr);
    column-gap: var(--_gap);
    align-items: start;
    padding-block-end: var(--_space);
  }
  .step:last-child {
    padding-block-end: 0;
  }
  /* The line from this step's marker to the next one. */
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: var(--_marker) 0;
    inset-inline-start: calc(var(--_marker) / 2 - var(--_line) / 2);
    border-inline-start: var(--_line) solid var(--_border);
  }
  /* Another option, not a next step: a dashed line leads to it and a dashed ring marks it (never colour alone). */
  .step:has(+ .option)::before {
    border-inline-start-style: dashed;
  }
  .option .marker {
    border-style: dashed;
  }
  .marker {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: var(--_marker);
    block-size: var(--_marker);
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_accent);
    transition:
      background-color 150ms ease,
      box-shadow 150ms ease;
  }
  .icon-wrap {
    display: grid;
  }
  .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  .body {
    min-inline-size: 0;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    padding-block: calc(var(--_space) * 0.625);
    padding-inline: calc(var(--_space) * 0.75);
  }
  .labels {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
  }
  .step-number {
    font-weight: 600;
    color: var(--_muted);
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    margin-block: 0.15em 0.25em;
  }
  .timing {
    font-size: 0.9375em;
    margin-block-end: 0.35em;
  }
  .timing-label {
    font-weight: 600;
  }
  .details {
    margin-block-start: 0.5em;
  }
  .details-body p {
    margin-block-start: 0.5em;
  }
  .step-sources {
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* After the word "Sources:", the numbers sit on the line, each a 24px target. */
  .step-sources .refs {
    vertical-align: baseline;
    font-size: inherit;
  }
  .footnote {
    display: inline-block;
    min-inline-size: 24px;
    min-block-size: 24px;
    text-align: center;
  }

  /* Where the patient is: a text label, a thicker double ring and a thicker border; never colour alone. */
  .step[aria-current='step'] .marker {
    border-width: 4px;
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow:
      0 0 0 3px var(--_bg),
      0 0 0 6px var(--_accent);
  }
  .step[aria-current='step'] .body {
    border: 3px solid var(--_accent);
  }
  .current-label {
    display: inline-block;
    padding-inline: 0.6em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }

  /* With room, the timing sits on the title's line (after it, in reading order), so each step is a line shorter. */
  @container (min-width: 36rem) {
    .body {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: 1em;
    }
    .body > * {
      flex-basis: 100%;
    }
    .body > .title,
    .body > .timing {
      flex-basis: auto;
    }
    .body > .timing {
      margin-inline-start: auto;
    }
  }

  /* Horizontal: side by side when there is room, joined by a line across. */
  @container (min-width: 48rem) {
    .steps[data-orientation='horizontal'] {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      column-gap: var(--_gap);
    }
    .steps[data-orientation='horizontal'] .step {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto 1fr;
      row-gap: var(--_gap);
      padding-block-end: 0;
    }
    .steps[data-orientation='horizontal'] .body {
      display: block;
      block-size: 100%;
    }
    .steps[data-orientation='horizontal'] .step:not(:last-child)::before {
      inset-block: calc(var(--_marker) / 2 - var(--_line) / 2) auto;
      inset-inline: var(--_marker) calc(var(--_gap) * -1);
      border-inline-start: none;
      border-block-start: var(--_line) solid var(--_border);
    }
    .steps[data-orientation='horizontal'] .step:has(+ .option)::before {
      border-block-start-style: dashed;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .marker {
      transition: none;
    }
  }

  @media print {
    .timeline {
      border: none;
      padding: 0;
    }
    .step {
      break-inside: avoid;
    }
  }
  /* Printing shows every step's details, open or not (a separate rule: older browsers drop the selector). */
  @media print {
    .details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
