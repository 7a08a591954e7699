import { css } from 'lit';

/*
 * Logical properties only, so right-to-left languages mirror without extra
 * rules (the diagram's geometry mirrors in diagram.ts). Colours come from the
 * base tokens, which switch to dark and to black on white for print; forced
 * colours get system colours. The diagram is a row in containers at least
 * 36rem wide and in print, a column below; exactly one of the two shows.
 */
export const howItWorksStyles = css`
  .heading {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25em;
    font-weight: 700;
  }
  .scope {
    display: grid;
    gap: 0.25em;
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: calc(var(--_radius) / 2);
  }

  /* ---- Diagram ---- */
  .diagram {
    margin-block: var(--_space);
  }
  .diagram svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .diagram .row {
    max-inline-size: 44rem;
    margin-inline: auto;
  }
  .diagram .column {
    display: none;
    max-inline-size: 20rem;
  }
  .node {
    fill: var(--_surface);
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .diagram text {
    fill: var(--_text);
    font-family: inherit;
  }
  .diagram .number {
    font-weight: 700;
    font-size: 20px;
  }
  .diagram .label {
    font-size: 15px;
  }
  .arrow path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  @container (width < 36rem) {
    .diagram .row {
      display: none;
    }
    .diagram .column {
      display: block;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .diagram .step {
      animation: ketamine-how-it-works-appear 400ms ease-out both;
    }
    .diagram .step:nth-of-type(2) {
      animation-delay: 150ms;
    }
    .diagram .step:nth-of-type(3) {
      animation-delay: 300ms;
    }
    .diagram .step:nth-of-type(4) {
      animation-delay: 450ms;
    }
    .diagram .step:nth-of-type(5) {
      animation-delay: 600ms;
    }
  }
  @keyframes ketamine-how-it-works-appear {
    from {
      opacity: 0;
    }
  }

  /* ---- Disclosures (their toggles: internal/disclosure.styles.ts) ---- */
  .how > .disclosure {
    margin-block-start: 0.75em;
  }

  /* ---- Steps: one line each; the number circle lines up with the title ---- */
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .step {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
  }
  .step > .number {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    font-weight: 700;
  }
  .step > .disclosure {
    flex: 1;
    min-inline-size: 0;
  }
  .step-title {
    padding-block: 0.375em 0.125em;
    font-size: 1.0625em;
  }
  .findings {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
    display: grid;
    gap: 0.35em;
  }
  .evidence-label {
    display: inline-block;
    margin-inline-end: 0.35em;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.875em;
    font-weight: 600;
  }
  .evidence-label::after {
    content: ':';
  }

  /* ---- Onset and claims ---- */
  .section-heading {
    font-size: 1.125em;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .note {
    margin-block-start: 0.5em;
    color: var(--_muted);
  }
  .claim-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .claim {
    padding: calc(var(--_space) * 0.75);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  .claim-evidence {
    margin-block-start: 0.35em;
  }
  .claim-label {
    font-weight: 700;
  }
  .clinic-note {
    margin-block-start: var(--_space);
    padding-block-start: 0.5em;
    border-block-start: 1px dashed var(--_border);
  }
  .clinic-note-title {
    font-weight: 700;
  }

  /* ---- Footnotes (the source list: internal/source-list.styles.ts) ---- */
  .footnote {
    display: inline-block;
    min-inline-size: 24px;
    min-block-size: 24px;
    text-align: center;
  }

  @media (forced-colors: active) {
    .node {
      fill: Canvas;
      stroke: CanvasText;
    }
    .arrow path {
      stroke: CanvasText;
    }
    .diagram text {
      fill: CanvasText;
    }
    .evidence-label,
    .claim,
    .scope {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .how {
      border: none;
      padding: 0;
    }
    .diagram .row {
      display: block !important;
    }
    .diagram .column {
      display: none !important;
    }
    .step,
    .claim,
    .diagram {
      break-inside: avoid;
    }
    .back {
      display: none;
    }
  }
  /* Printing shows every disclosure's content, open or not (a rule of its own: older browsers drop the selector). */
  @media print {
    .disclosure::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
