import { css } from 'lit';

/** The builder's own look: the page's font, native controls, two columns when there is room. */
export const builderStyles = css`
  :host {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
    align-items: start;
  }
  @media (max-width: 48rem) {
    :host {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  fieldset {
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid #8a9499;
    border-radius: 0.25rem;
  }
  fieldset.inline {
    border: 0;
    padding: 0;
  }
  legend {
    font-weight: 600;
  }
  .field {
    margin-block: 0.5rem;
  }
  .field > label,
  .field > select,
  .field > input[type='text'] {
    display: block;
  }
  .field > select,
  .field > input[type='text'],
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
  }
  .check {
    display: block;
    margin-block: 0.25rem;
  }
  .field.check > label {
    display: inline;
  }
  .hint,
  .note {
    margin-block: 0.25rem;
    font-size: 0.875em;
  }
  .note {
    padding: 0.25rem 0.5rem;
    border-inline-start: 0.25rem solid currentColor;
  }
  textarea {
    font-family: ui-monospace, monospace;
    font-size: 0.8125rem;
    margin-block: 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
  }
  button {
    font: inherit;
    padding: 0.375rem 1rem;
  }
  a {
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid #1a66b3;
    outline-offset: 2px;
  }
  code {
    overflow-wrap: anywhere;
  }
  .preview {
    padding: 1rem;
    border: 1px dashed #8a9499;
  }
`;
