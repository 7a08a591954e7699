import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CONTENT_VERSION, LAST_REVIEWED, NEXT_REVIEW } from '../content/review.js';
import type { ClinicReview } from '../schema/clinic-review.js';
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
  /** Whether the built-in content is past its next-review date. */
  reviewDue: boolean;
  /** The clinic's own, valid medical review, if it gave one. */
  shownClinicReview: ClinicReview | undefined;
}

/**
 * The end of every widget: the clinic's `actions` slot, then the fine print:
 * the medical disclaimer (never removable), the content-wide last-reviewed
 * and next-review dates with the content version, the note that the content is due for review (only past
 * that date), the clinic's own review (when it gave a valid one), the note that the translation awaits a
 * medical translator's review (when it does) and the `count` sources behind a "Sources (N)" disclosure. How
 * the content was checked shows under the dates (in the compact footer, first in the sources). The slot stays in the tree when empty (so `slotchange` can tell us
 * when it fills) but takes no room.
 */
export function footer(host: FooterHost, sources: TemplateResult, count: number): TemplateResult {
  return html`<div part="actions" class="actions" ?hidden=${!host.hasActions}><slot name="actions"></slot></div>
    <footer part="footer" class="footer" data-layout=${host.footer}>
      <p part="disclaimer" class="disclaimer">${disclaimer()}</p>
      <p part="reviewed" class="reviewed">${reviewedLine(host.footer)}</p>
      ${
        host.reviewDue
          ? html`<p part="review-due" class="review-due">
              ${msg('This information is due for review; check with your clinic.', {
                id: 'footer.review-due',
                desc: 'Shown under a widget only after the date by which its content should have been checked again against the research: the reader should ask their clinic whether it is still current. Keep it short.',
              })}
            </p>`
          : nothing
      }
      ${host.footer === 'compact' ? nothing : provenance()}
      ${host.shownClinicReview ? clinicReview(host.shownClinicReview) : nothing}
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
      ${count > 0 ? sourcesDisclosure(sources, count, host.expanded, host.footer === 'compact') : nothing}
    </footer>`;
}

/** The medical disclaimer under every widget (and in the visit summary's plain text). */
export const disclaimer = (): string =>
  msg('Educational information, not medical advice. Ketamine is not FDA-approved for anxiety disorders or PTSD.', {
    id: 'footer.disclaimer',
    desc: 'Medical disclaimer under every widget. FDA = the US Food and Drug Administration; keep the abbreviation.',
  });

/**
 * The review dates and the content version. The compact footer, one line with the disclaimer, leaves out the
 * next-review date (past it, the review-due line still shows).
 */
export const reviewedLine = (layout: FooterLayout): string =>
  layout === 'compact'
    ? msg(str`Last reviewed: ${formatDate(LAST_REVIEWED)} · content version ${formatNumber(CONTENT_VERSION)}`, {
        id: 'footer.reviewed-version',
        desc: 'Compact footer: date the content was last checked against the research, then the edition number of the medical content (it grows when a claim changes). The placeholders are a formatted date and a number. Keep it short.',
      })
    : msg(
        str`Last reviewed: ${formatDate(LAST_REVIEWED)} · next review by ${formatDate(NEXT_REVIEW)} · content version ${formatNumber(CONTENT_VERSION)}`,
        {
          id: 'footer.reviewed-next-version',
          desc: 'Date the content was last checked against the research, the date by which it will be checked again, then the edition number of the medical content (it grows when a claim changes). The placeholders are two formatted dates and a number. Keep it short.',
        },
      );

/** The clinic's own review, as the clinic's: its name and role are text (a binding), never HTML. */
const clinicReview = ({ name, role, date }: ClinicReview): TemplateResult =>
  html`<p part="clinic-review" class="clinic-review">
    ${msg(str`Reviewed for this clinic by ${name}, ${role}, on ${formatDate(date)}.`, {
      id: 'footer.clinic-review',
      desc: "Under a widget: the clinic that shows it had its own clinician check it. The placeholders are the reviewer's name, their role (e.g. Psychiatrist), as the clinic wrote them, and a formatted date.",
    })}
  </p>`;

// The summary labels the list inside (aria-labelledby="sources-title"); footnote links open it (in-page-link.ts).
/**
 * How the content was checked, and by whom not yet: under "Last reviewed" in the full footer (so that date is
 * not read as a clinician's review), at the top of the sources in the compact one.
 */
const provenance = (): TemplateResult =>
  html`<p part="provenance" class="provenance">
    ${msg(
      'Checked against the cited sources by the ketamine-widgets project. Not yet reviewed by a clinician. Checked again at least once a year, and sooner when a drug label or a major trial changes.',
      {
        id: 'footer.provenance',
        desc: 'Under the review dates of every widget (or first inside its list of sources): who checked the content and how (the project, against its sources; no clinician yet), then how often it is checked again. "ketamine-widgets" is the name of the project; keep it as is. "drug label" = the official prescribing information of a medicine.',
      },
    )}
  </p>`;

const sourcesDisclosure = (sources: TemplateResult, count: number, open: boolean, compact: boolean): TemplateResult =>
  html`<details class="sources" data-section="sources" ?open=${open}>
    <summary part="sources-toggle" class="more-toggle" id="sources-title">
      ${msg(str`Sources (${formatNumber(count)})`, {
        id: 'footer.sources',
        desc: 'Button that shows or hides the list of sources under a widget; the placeholder is how many sources there are.',
      })}
    </summary>
    ${compact ? provenance() : nothing} ${sources}
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
  .disclaimer,
  .review-due {
    font-weight: 600;
    color: var(--_text);
  }
  .clinic-review {
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
