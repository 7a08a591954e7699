import { css } from 'lit';

/**
 * The icon arrays of icon-array.ts. The people are drawn in currentColor, and filled, striped and empty differ by
 * shape as well as ink, so they read in dark mode, forced colours and black-and-white print alike.
 */
export const iconArrayStyles = css`
  .icon-array {
    margin: 0;
    margin-block-start: 0.75em;
    container-type: inline-size;
  }
  .icon-array-context {
    font-weight: 600;
    margin-block-end: 0.5em;
  }
  .icon-array-groups {
    display: grid;
    gap: 0.75em;
  }
  /* Two groups side by side once there is room for both arrays; stacked on a phone. */
  @container (min-width: 30rem) {
    .icon-array-groups {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
  }
  .icon-array-group {
    margin: 0;
  }
  .icon-array-people {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    color: var(--_accent);
  }
  /* Row by row from the inline start: the first person sits on the right in right-to-left text. */
  .icon-array-people:dir(rtl) {
    transform: scaleX(-1);
  }
  .icon-array-count {
    margin-block-start: 0.25em;
  }
  .icon-array-legend,
  .icon-array-note {
    margin-block: 0.5em 0;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .icon-array-people {
      color: CanvasText;
    }
  }
  @media print {
    .icon-array {
      break-inside: avoid;
    }
    .icon-array-people {
      color: #000;
    }
  }
`;
