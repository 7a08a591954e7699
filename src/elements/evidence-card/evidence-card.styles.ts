import { css } from 'lit';

export const evidenceCardStyles = css`
  :host([compact]) {
    --_space: var(--ketamine-space, 0.75rem);
    font-size: var(--ketamine-font-size, 0.9375rem);
  }
  .header {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75em;
    margin-block-end: var(--_space);
  }
  .condition {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .headline {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    margin-block: 0.15em;
  }
  .byline {
    color: var(--_muted);
  }
  .outcome {
    background: var(--_surface);
    border-radius: calc(var(--_radius) / 2);
    padding: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }
  .outcome-label {
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .outcome-label .label {
    font-weight: 400;
    color: var(--_muted);
  }
  .strength {
    margin-block-end: var(--_space);
  }
  .strength summary {
    cursor: pointer;
    inline-size: fit-content;
    border-radius: 999px;
    list-style: none;
  }
  .strength summary::-webkit-details-marker {
    display: none;
  }
  /* Our own disclosure arrow, inside the pill, so it never wraps away from it. */
  .chevron {
    inline-size: 0.45em;
    block-size: 0.45em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .root[dir='rtl'] .chevron {
    transform: rotate(135deg);
  }
  .strength[open] .chevron {
    transform: rotate(45deg);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.2em 0.75em;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    font-weight: 600;
  }
  /* Four bars, filled to the level: the level is also written out, so colour is never the only cue. */
  .meter {
    inline-size: 2.2em;
    block-size: 0.6em;
    background: linear-gradient(to right, var(--_accent) var(--_fill), var(--_border) var(--_fill));
    mask: repeating-linear-gradient(to right, #000 0 22%, transparent 22% 26%);
  }
  .root[dir='rtl'] .meter {
    transform: scaleX(-1);
  }
  .badge[data-certainty='very-low'] {
    --_fill: 25%;
  }
  .badge[data-certainty='low'] {
    --_fill: 50%;
  }
  .badge[data-certainty='moderate'] {
    --_fill: 75%;
  }
  .badge[data-certainty='high'] {
    --_fill: 100%;
  }
  .strength-body {
    padding-block-start: 0.5em;
  }
  .method-sources {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .strength-body ul,
  .points {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .facts {
    margin: 0;
    display: grid;
    gap: 0.75em;
  }
  .fact dt {
    font-weight: 700;
  }
  .fact dd {
    margin: 0;
  }
  .result,
  .fact dd {
    max-inline-size: 65ch;
  }
  .points {
    padding-inline-start: 1.1em;
  }
  .citation cite {
    font-style: italic;
  }
  @container (min-width: 36rem) {
    .fact {
      display: grid;
      grid-template-columns: 13em 1fr;
      gap: 1em;
    }
    :host(:not([compact])) .card {
      padding: calc(var(--_space) * 1.5);
    }
  }
  @media print {
    .card {
      break-inside: avoid;
    }
  }
  /* Printing shows the study details even where beforeprint did not open them (a separate rule: older browsers drop the selector). */
  @media print {
    .study-details::details-content,
    .strength::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
