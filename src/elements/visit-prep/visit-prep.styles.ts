import { css } from 'lit';

/*
 * Logical properties only, so the widget mirrors in right-to-left pages. Colours come from the base tokens
 * (light, dark, print). The radio rows wrap into a column in narrow containers. In print, only the summary
 * sheet and the fine print show, small enough for one A4 or Letter page; the QR code stays black on white.
 */
export const visitPrepStyles = css`
  .title {
    font-size: 1.25em;
    font-weight: 700;
  }
  .intro,
  .hint {
    margin-block: 0.25em var(--_space);
    color: var(--_muted);
  }
  .form {
    display: grid;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .part {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  .part-title {
    padding: 0;
    font-size: 1.1em;
    font-weight: 700;
  }
  .row {
    display: grid;
    gap: 0.25em;
    padding-block: 0.5em;
    border-block-start: 1px solid var(--_border);
  }
  .row-label {
    float: inline-start;
    padding: 0;
    font-weight: 600;
  }
  .options {
    clear: both;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 44px;
  }
  .option input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .checks {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .clinic {
    margin-block: 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_accent);
  }
  .clinic-label {
    margin: 0;
    font-weight: 600;
  }
  .own-label {
    display: block;
    margin-block: 0.75em 0.25em;
    font-weight: 600;
  }
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    padding: 0.5em;
  }
  input:focus-visible,
  textarea:focus-visible,
  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .summary {
    margin-block-start: var(--_space);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    padding-inline: 1em;
    font: inherit;
    font-weight: 600;
    color: var(--_bg);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: 0.5em;
    text-decoration: none;
    cursor: pointer;
  }
  .status:empty {
    display: none;
  }
  .sheet {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  .sheet .heading {
    font-weight: 700;
    margin-block: 0.75em 0.25em;
  }
  .sheet-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 1em;
  }
  .sheet-head .heading {
    margin: 0;
    font-size: 1.1em;
  }
  .date {
    margin: 0;
  }
  .contact {
    display: flex;
    gap: var(--_space);
    justify-content: space-between;
    align-items: start;
  }
  .contact p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .qr {
    display: block;
    flex: none;
    inline-size: 7rem;
    block-size: 7rem;
    forced-color-adjust: none;
  }
  .sheet-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .answer {
    font-weight: 700;
  }
  .none {
    margin: 0;
    font-style: italic;
  }
  @container (max-width: 30rem) {
    .options {
      flex-direction: column;
      gap: 0;
    }
    .qr {
      inline-size: 5rem;
      block-size: 5rem;
    }
  }
  @media (forced-colors: active) {
    .button {
      forced-color-adjust: auto;
      border-color: ButtonText;
    }
    .clinic {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    /* 7.5 pt: sixteen sourced facts, the answers, the questions and their sources on one sheet in every language
       (French on Letter is the longest); a page of its own per topic would split what the patient brings. */
    .visit {
      border: none;
      padding: 0;
      font-size: 7.5pt;
      line-height: 1.1;
    }
    .title,
    .intro,
    .form,
    .buttons,
    .status,
    .glossary,
    .summary > .part-title,
    .actions,
    .back {
      display: none;
    }
    .summary {
      margin: 0;
    }
    /* One page: the two rated lists side by side, everything else across the page. */
    .sheet {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 1.5em;
      border: none;
      padding: 0;
    }
    .sheet > :not(.rated) {
      grid-column: 1 / -1;
    }
    .sheet .heading {
      margin-block: 0.3em 0;
    }
    .qr {
      inline-size: 18mm;
      block-size: 18mm;
    }
    .footer {
      margin-block-start: 0.4em;
      padding-block-start: 0.3em;
      font-size: 0.8em;
    }
    /* The clinic's contact and the fine print, each as one run of text joined by middle dots: on their own lines
       they took the page's last lines (the QR code beside the contact sets that block's height). */
    .contact-text p,
    .footer > p {
      display: inline;
    }
    .contact-text p + p::before,
    .footer > p + p::before {
      content: ' · ';
    }
    /* The questions and the facts in two columns: sixteen facts across the page would not fit on one sheet. */
    .questions-list,
    .facts {
      columns: 2;
      column-gap: 1.25em;
    }
    .sheet-list {
      padding-inline-start: 1em;
    }
    .questions-list li,
    .facts li {
      break-inside: avoid;
    }
    .refs {
      line-height: 0;
    }
    /* The sources in three columns, smaller than the facts they back, without the web addresses print adds after
       each link (the DOI says it): sixteen facts and their sources on one page, in the longer languages too. */
    .source-list {
      columns: 3;
      column-gap: 1.25em;
      padding-inline-start: 1.5em;
      font-size: 0.78em;
      line-height: 1.1;
    }
    /* A citation may go on in the next column: whole ones left gaps at the foot of each. */
    .source {
      margin-block-end: 0.15em;
    }
    .links a::after {
      content: none;
    }
    /* On paper a link is only its words: keep the DOI, on the citation's own line end, and drop the rest. */
    .source .links,
    .source .links li {
      display: inline;
      margin: 0;
      padding: 0;
    }
    /* Paper has no pointer, so no 24 px target: the DOI is a line of text like the citation. */
    .links a {
      display: inline;
      min-block-size: 0;
      padding: 0;
    }
    .links a:not([data-kind='doi']) {
      display: none;
    }
  }
`;
