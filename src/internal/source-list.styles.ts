import { css } from 'lit';

/**
 * The numbered source list of the widgets with footnotes (see footnotes.ts): the
 * entries a footnote link focuses, and the back link to where a source is first cited.
 */
export const sourceListStyles = css`
  .source-list {
    margin: 0 0 0.75em;
    padding-inline-start: 1.75em;
  }
  .source {
    margin-block-end: 0.35em;
    scroll-margin-block: var(--_space);
  }
  .source:focus-visible,
  .source:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .back {
    display: inline-block;
    min-inline-size: 24px;
    min-block-size: 24px;
    text-align: center;
    text-decoration: none;
  }
  .back-arrow {
    display: inline-block;
  }
  /* The widget's direction follows its language (dir on .root), so ask the arrow itself. */
  .back-arrow:dir(rtl) {
    transform: scaleX(-1);
  }
`;
