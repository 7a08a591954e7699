import { css } from 'lit';

/* Logical properties only, so the widget mirrors in right-to-left pages. */
export const safetyFactsStyles = css`
  .heading {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25em;
    font-weight: 700;
  }
  .text {
    margin: 0;
  }
`;
