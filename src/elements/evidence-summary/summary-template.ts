import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { CITATION_LANG, source, type SourceId } from '../../content/sources.js';
import { localize } from '../../internal/localized-text.js';
import { safeWebUrl } from '../../internal/safe-url.js';
import { sourceLinks } from '../../internal/source-links.js';
import { formatNumber } from '../../localization/format.js';
import { CLAIMS, TRIALS, type Condition, type ConditionText, type Estimate, type Measure } from './content.js';
import type { Audit } from './evidence-summary.schema.js';
import { estimateText, flippedNote, reading, reportedText, shown } from './forest-plot.js';

/* The summary's templates besides the chart: pure functions of their arguments. */

/**
 * One condition: its heading, the one-line finding and how sure we can be, always shown; the longer
 * text and the links to single trials on the page behind "More about these results".
 */
export function conditionSection(host: HTMLElement, c: ConditionText, level: number, open: boolean): TemplateResult {
  return html`<div part="condition" class="condition" data-condition=${c.id}>
    <div part="condition-heading" class="condition-heading" role="heading" aria-level=${level}>${c.name()}</div>
    <p part="finding" class="finding">${c.finding()}</p>
    <p part="certainty" class="certainty">
      <strong
        >${msg('How sure can we be?', { id: 'evidence-summary.sure', desc: 'Label before the certainty text.' })}</strong
      >
      ${c.sure()}
    </p>
    <details part="details" class="more" data-section=${c.id} ?open=${open}>
      <summary part="details-toggle" class="more-toggle">
        ${msg('More about these results', {
          id: 'evidence-summary.more',
          desc: 'Button (a disclosure) under one condition’s short finding; it shows the longer text about the reviews.',
        })}
      </summary>
      <p>${c.found()}</p>
      ${trialLinks(host, c.id)}
    </details>
  </div>`;
}

/**
 * Links to the evidence cards of this condition's single trials that are on the same page, found at
 * render time; nothing when there are none. A card with an id gets a plain `#id` link; one without is
 * scrolled to and focused on click. The summary makes no claim that a review included the trial.
 * The server has no page to look in: the browser adds the links.
 */
function trialLinks(host: HTMLElement, condition: Condition): TemplateResult | typeof nothing {
  if (isServer) return nothing;
  const root = host.getRootNode() as Document | ShadowRoot;
  const seen = new Set<string>();
  const cards = [...root.querySelectorAll<HTMLElement>('ketamine-evidence-card[study]')].filter((card) => {
    const id = card.getAttribute('study')!;
    const fits = TRIALS[id]?.conditions.includes(condition) && !seen.has(id);
    seen.add(id);
    return fits;
  });
  if (!cards.length) return nothing;
  const go = (card: HTMLElement) => (event: Event) => {
    if (card.id && root === document) return;
    event.preventDefault();
    if (!card.hasAttribute('tabindex')) card.tabIndex = -1;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    card.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    card.focus({ preventScroll: true });
  };
  return html`<p part="trials" class="trials">
    ${msg('Single trials on this page:', {
      id: 'evidence-summary.trials',
      desc: 'Before links to cards, on the same page, that each describe one trial of this condition.',
    })}
    ${cards.map(
      (card, i) =>
        html`${i ? ', ' : ''}<a href=${card.id ? `#${card.id}` : '#'} @click=${go(card)}
            >${TRIALS[card.getAttribute('study')!]!.label}</a
          >`,
    )}
  </p>`;
}

/**
 * The chart's numbers as a real table, hidden until asked for on screen and always printed: the numbers as the
 * chart shows them, and for a flipped measure its note and the numbers as the review published them.
 */
export function dataTable(measures: { m: Measure; rows: readonly Estimate[] }[], hidden: boolean): TemplateResult {
  return html`<div part="table" class="data" id="data" ?hidden=${hidden}>
    <table>
      <caption>
        ${msg('The combined results as a table', { id: 'evidence-summary.table-caption', desc: 'Table caption.' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Result', { id: 'evidence-summary.col.result', desc: 'Table column heading.' })}</th>
          <th scope="col">
            ${msg('Estimate (95% range)', { id: 'evidence-summary.col.estimate', desc: 'Table column heading.' })}
          </th>
          <th scope="col">
            ${msg('What it shows', { id: 'evidence-summary.col.reading', desc: 'Table column heading.' })}
          </th>
        </tr>
      </thead>
      ${measures.map(
        ({ m, rows }) =>
          html`<tbody>
            <tr>
              <th scope="rowgroup" colspan="3" class="group">${m.title()}</th>
            </tr>
            ${
              m.note || m.flipped
                ? // The notes in a row of their own: in the group's header, a screen reader would read them with every cell.
                  html`<tr class="group-notes">
                    <td colspan="3">
                      ${m.note ? html`<span class="note">${m.note()}</span>` : nothing}${
                        m.flipped ? html`<span class="note">${flippedNote()}</span>` : nothing
                      }
                    </td>
                  </tr>`
                : nothing
            }
            ${rows.map((row) => {
              const reported = reportedText(m, row);
              return html`<tr>
                <th scope="row">${row.label()}</th>
                <td>
                  <bdi>${estimateText(shown(m, row))}</bdi
                  >${reported ? html`<span class="note">${reported}</span>` : nothing}
                </td>
                <td>${reading(m, row)}</td>
              </tr>`;
            })}
          </tbody>`,
      )}
    </table>
  </div>`;
}

/** "What you may have read": the source article's claims beside what the evidence supports, behind a disclosure. */
export function claimsSection(open: boolean): TemplateResult {
  return html`<div part="claims" class="claims">
    <details part="details" class="more" data-section="claims" ?open=${open}>
      <summary part="details-toggle" class="more-toggle">
        ${msg('What you may have read', {
          id: 'evidence-summary.claims-heading',
          desc: 'Button (a disclosure) that shows the claims section: three claims from a web article and what the studies show.',
        })}
      </summary>
      <p>
        ${msg('Some websites say more than the research shows. Here are three claims, and what the studies support.', {
          id: 'evidence-summary.claims-intro',
          desc: 'Text under the heading of the claims section.',
        })}
      </p>
      <dl>
        ${CLAIMS.map(
          (c) =>
            html`<dt><span class="visually-hidden">${claimLabel()}</span>${c.claim()}</dt>
              <dd><strong>${evidenceLabel()}</strong> ${c.evidence()}</dd>`,
        )}
      </dl>
    </details>
  </div>`;
}

const claimLabel = (): string =>
  msg('Claim:', { id: 'evidence-summary.claim-label', desc: 'Screen-reader label before a quoted claim.' });
const evidenceLabel = (): string =>
  msg('What the studies show:', { id: 'evidence-summary.evidence-label', desc: 'Label before the evidence text.' });

/** The clinic's own audit in its marked box, beside (never pooled with) the published results; its title opens it. */
export function auditSection(audit: Audit, open: boolean): TemplateResult {
  return html`<div part="audit" class="audit">
    <details part="details" class="more" data-section="audit" ?open=${open}>
      <summary part="details-toggle" class="more-toggle" dir="auto">${localize(audit.title)}</summary>
      <p class="audit-note">
        ${msg('From this clinic. Not part of the published reviews above, and not combined with them.', {
          id: 'evidence-summary.audit-note',
          desc: 'Marks the clinic’s own audit as separate from the published research.',
        })}
      </p>
      <p dir="auto">${localize(audit.text)}</p>
      ${
        audit.numbers?.length
          ? html`<dl class="numbers">
              ${audit.numbers.map(
                (n) =>
                  html`<div>
                    <dt dir="auto">${localize(n.label)}</dt>
                    <dd>${formatNumber(n.value)}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
      ${
        audit.sources?.length
          ? html`<ul class="audit-sources">
              ${audit.sources.map((s) => {
                const url = safeWebUrl(s.url);
                const citation = localize(s.citation);
                return html`<li dir="auto">
                  ${url ? html`<a href=${url} rel="noopener noreferrer">${citation}</a>` : citation}
                </li>`;
              })}
            </ul>`
          : nothing
      }
    </details>
  </div>`;
}

/** The footer's source list (ids without repeats), with DOI and (where verified) PubMed links. */
export function sourceList(ids: readonly SourceId[]): TemplateResult {
  return html`<ol part="sources" class="source-list" aria-labelledby="sources-title">
    ${ids.map((id) => {
      const { citation, ...links } = source(id);
      return html`<li part="source" class="source">
        <span class="citation" dir="ltr" lang=${CITATION_LANG}>${citation}</span> ${sourceLinks(links, websiteLabel)}
      </li>`;
    })}
  </ol>`;
}

const websiteLabel = (): string =>
  msg('Source website', { id: 'evidence-summary.source-website', desc: 'Link to the web page of a source.' });
