import { css } from 'lit';

/**
 * The toggle of every disclosure that holds the rest of a widget's content
 * ("Study details", "More about…", "See the chart", "Sources (N)"): one look
 * in every widget, with a 24 px target.
 */
export const disclosureStyles = css`
  .more-toggle {
    inline-size: fit-content;
    min-block-size: 24px;
    cursor: pointer;
    font-weight: 700;
    color: var(--_text);
  }
  details[open] > .more-toggle {
    margin-block-end: 0.25em;
  }
`;
