import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CONTENT_VERSION, LAST_REVIEWED } from '../content/review.js';
import { formatDate, formatNumber } from '../localization/format.js';

/** `full`: the disclaimer and review date as lines of their own; `compact`: both on one line. */
export type FooterLayout = 'full' | 'compact';

/** What the footer reads from its widget (see KetamineElement). */
export interface FooterHost {
  /** Opens the sources (and every other disclosure) from the start. */
  expanded: boolean;
  footer: FooterLayout;
  /** Whether the clinic put anything in the `actions` slot. */
  hasActions: boolean;
  /** Whether its texts in the current language still await a medical translator's review (never in English). */
  translationUnreviewed: boolean;
}

/**
 * The end of every widget: the clinic's `actions` slot, then the fine print:
 * the medical disclaimer (never removable), the content-wide last-reviewed
 * date with the content version, the note that the translation awaits a medical
 * translator's review (when it does) and the `count` sources behind a "Sources (N)" disclosure. The slot stays in
 * the tree when empty (so `slotchange` can tell us when it fills) but takes no room.
 */
export function footer(host: FooterHost, sources: TemplateResult, count: number): TemplateResult {
  return html`<div part="actions" class="actions" ?hidden=${!host.hasActions}><slot name="actions"></slot></div>
    <footer part="footer" class="footer" data-layout=${host.footer}>
      <p part="disclaimer" class="disclaimer">
        ${msg(
          'Educational information, not medical advice. Ketamine is not FDA-approved for anxiety disorders or PTSD.',
          {
            id: 'footer.disclaimer',
            desc: 'Medical disclaimer under every widget. FDA = the US Food and Drug Administration; keep the abbreviation.',
          },
        )}
      </p>
      <p part="reviewed" class="reviewed">
        ${msg(str`Last reviewed: ${formatDate(LAST_REVIEWED)} · content version ${formatNumber(CONTENT_VERSION)}`, {
          id: 'footer.reviewed-version',
          desc: 'Date the content was last checked against the research, then the edition number of the medical content (it grows when a claim changes). The placeholders are a formatted date and a number. Keep it short.',
        })}
      </p>
      ${
        host.translationUnreviewed
          ? html`<p part="translation-review">
              ${msg('A medical translator has not checked this text yet.', {
                id: 'footer.translation-review',
                desc: 'Shown under a widget until a medical translator has approved its translation in this language; "this text" means this translation. Never shown in English. Keep it short.',
              })}
            </p>`
          : nothing
      }
      ${count > 0 ? sourcesDisclosure(sources, count, host.expanded) : nothing}
    </footer>`;
}

// The summary labels the list inside (aria-labelledby="sources-title"); footnote links open it (in-page-link.ts).
const sourcesDisclosure = (sources: TemplateResult, count: number, open: boolean): TemplateResult =>
  html`<details class="sources" ?open=${open}>
    <summary part="sources-toggle" class="more-toggle" id="sources-title">
      ${msg(str`Sources (${formatNumber(count)})`, {
        id: 'footer.sources',
        desc: 'Button that shows or hides the list of sources under a widget; the placeholder is how many sources there are.',
      })}
    </summary>
    ${sources}
  </details>`;

export const footerStyles = css`
  .actions {
    margin-block-start: var(--_space);
  }
  .footer {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .footer p {
    margin: 0 0 0.5em;
  }
  .disclaimer {
    font-weight: 600;
    color: var(--_text);
  }
  /* Compact: disclaimer, date and "Sources (N)" share one line; an open list takes a line of its own. */
  .footer[data-layout='compact'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 1em;
    font-size: 0.8125em;
  }
  .footer[data-layout='compact'] > * {
    margin: 0;
  }
  .footer[data-layout='compact'] .sources[open] {
    flex-basis: 100%;
  }
  .footer[data-layout='compact'] .disclaimer {
    font-weight: 400;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
