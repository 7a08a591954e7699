import { css } from 'lit';

/*
 * Logical properties only, so the widget mirrors in right-to-left pages.
 * Colours come from the base tokens (light, dark, print). The clinic's blocks
 * are told apart by a label and a thick edge, never by colour alone.
 */
export const safetyFactsStyles = css`
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .intro {
    margin-block: 0.25em var(--_space);
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* ---- Sections ---- */
  .section {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    margin-block-end: calc(var(--_space) / 2);
  }
  .summary {
    cursor: pointer;
    min-block-size: 24px;
    padding: 0.625em 0.75em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    font-size: 1.0625em;
    font-weight: 700;
  }
  /* The key line: a line of its own under the title (which stays inline, beside the marker), read as text. */
  .key-fact {
    display: block;
    margin-block-start: 0.125em;
    font-size: 0.875em;
    font-weight: 400;
  }
  .section[open] > .summary {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    border-block-end: 1px solid var(--_border);
  }
  .section-body {
    padding: 0.5em 0.75em 0.75em;
  }
  .lead {
    margin-block: 0.5em 0.25em;
  }
  .facts {
    margin: 0.25em 0 0.5em;
    padding-inline-start: 1.25em;
  }
  .facts > li {
    margin-block-end: 0.4em;
  }
  .refs {
    font-size: 0.75em;
    line-height: 0;
    white-space: nowrap;
    margin-inline-start: 0.15em;
  }
  /* Inline in a sentence, so WCAG's target-size exception for inline links applies; padding widens it a little. */
  .footnote {
    padding-inline: 0.15em;
  }

  /* ---- The clinic's own items ---- */
  .clinic {
    margin-block-start: 0.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: calc(var(--_radius) / 3);
    background: var(--_surface);
  }
  .clinic-label {
    font-weight: 700;
  }
  .phone {
    display: inline-block;
    min-block-size: 24px;
    font-weight: 600;
  }

  /* ---- Sources (the list itself: internal/source-list.styles.ts) ---- */
  .source-clinic {
    font-weight: 700;
    color: var(--_text);
  }

  @container (width < 30rem) {
    .section-body {
      padding-inline: 0.5em;
    }
    .facts {
      padding-inline-start: 1em;
    }
  }

  @media (forced-colors: active) {
    .clinic {
      border-inline-start-color: CanvasText;
    }
    .summary {
      forced-color-adjust: auto;
    }
  }

  @media print {
    .safety {
      border: none;
      padding: 0;
    }
    .section {
      break-inside: avoid;
    }
    .summary {
      list-style: none;
    }
    .back {
      display: none;
    }
  }
  /* Printing shows every section's content, open or not (a separate rule: older browsers drop the selector). */
  @media print {
    .section::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
