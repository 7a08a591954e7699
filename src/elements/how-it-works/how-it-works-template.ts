import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { SourceId } from '../../content/sources.js';
import { footnoteLinks, numberedSources } from '../../internal/footnote-links.js';
import { formatNumber } from '../../localization/format.js';
import { footnoteNumbers, type ListedSource } from './how-it-works-model.js';
import { CLAIMS, ONSET, ONSET_NOTE, OTHER_IDEAS, SCOPE, type Cited } from './sections.js';
import { EVIDENCE_LABELS, STEPS } from './steps.js';
import { diagram } from './diagram.js';

/* The widget's templates: pure functions of the built-in content, read in the current locale. */

/** Where the source list links back to: a source's first mention. */
const firstMentionAnchor = (n: number): string => `ref-${n}`;

const heading = (level: number, text: string, part: string, id?: string): TemplateResult =>
  html`<div part=${part} class=${part} id=${id ?? nothing} role="heading" aria-level=${Math.min(level, 6)}>
    ${text}
  </div>`;

/** Numbered footnote links; the first mention of each source gets the anchor the source list links back to. */
const footnotes = (sources: readonly SourceId[], seen: Set<number>): TemplateResult | typeof nothing =>
  footnoteLinks(footnoteNumbers(sources), seen, firstMentionAnchor);

const cited = (item: Cited, seen: Set<number>): TemplateResult => html`${item.text()}${footnotes(item.sources, seen)}`;

/**
 * A native disclosure, open from the start when `open` (the `expanded` attribute); print opens it too.
 * `section` is its stable id (for `ketamine-toggle`); `toggleParts` are the summary's parts besides
 * `details-toggle` (the older names of the same texts).
 */
const disclosure = (
  section: string,
  toggle: string,
  body: TemplateResult,
  open: boolean,
  toggleParts = '',
): TemplateResult =>
  html`<details part="details" class="disclosure" data-section=${section} ?open=${open}>
    <summary part="details-toggle ${toggleParts}" class="more-toggle">${toggle}</summary>
    ${body}
  </details>`;

/** One line per step (its title); what the step means and how it is known open from the title. */
function steps(seen: Set<number>, open: boolean): TemplateResult {
  return html`<ol part="steps" class="steps">
    ${STEPS.map(
      (step, i) =>
        html`<li part="step" class="step" data-step=${step.id}>
          <span class="number" aria-hidden="true">${formatNumber(i + 1)}</span>
          ${disclosure(
            step.id,
            step.title(),
            html`<p class="step-text">${step.text()}</p>
              <ul class="findings" role="list">
                ${step.findings.map(
                  (finding) =>
                    html`<li part="finding" class="finding" data-kind=${finding.kind}>
                      <span part="evidence-label" class="evidence-label">${EVIDENCE_LABELS[finding.kind]()}</span>
                      ${cited(finding, seen)}
                    </li>`,
                )}
              </ul>`,
            open,
            'step-title',
          )}
        </li>`,
    )}
  </ol>`;
}

function onset(seen: Set<number>, open: boolean): TemplateResult {
  return disclosure(
    'onset',
    msg('How fast each one may act', {
      id: 'how-it-works.onset.heading',
      desc: 'Heading of the part comparing how fast ketamine, benzodiazepines and SSRIs ease anxiety.',
    }),
    html`<div part="onset" class="onset">
      <dl>
        ${ONSET.map(
          (row) =>
            html`<div class="onset-row" data-therapy=${row.id}>
              <dt>${row.name()}</dt>
              <dd>${cited(row, seen)}</dd>
            </div>`,
        )}
      </dl>
      <p class="note">${ONSET_NOTE()}</p>
    </div>`,
    open,
    'section-heading',
  );
}

function claims(seen: Set<number>, open: boolean): TemplateResult {
  const commonQuestion = msg('A common question', {
    id: 'how-it-works.claims.read',
    desc: 'Label before a common question about ketamine, asked in plain words.',
  });
  const researchShows = msg('What the research shows', {
    id: 'how-it-works.claims.research',
    desc: 'Label before what the evidence supports, answering the question above it.',
  });
  return disclosure(
    'claims',
    msg('Common questions about how it works', {
      id: 'how-it-works.claims.heading',
      desc: 'Heading of the part that answers common questions about how ketamine works with what the research shows.',
    }),
    html`<div part="claims" class="claims">
      <ul class="claim-list" role="list">
        ${CLAIMS.map(
          (claim) =>
            html`<li part="claim" class="claim" data-claim=${claim.id}>
              <p class="claim-text"><span class="claim-label">${commonQuestion}:</span> ${claim.claim()}</p>
              <p class="claim-evidence"><span class="claim-label">${researchShows}:</span> ${cited(claim, seen)}</p>
            </li>`,
        )}
      </ul>
    </div>`,
    open,
    'section-heading',
  );
}

/** The numbered source list; each entry links back to its first mention. */
export const sourceList = (sources: readonly ListedSource[]): TemplateResult =>
  numberedSources(sources, firstMentionAnchor, websiteLabel);

const websiteLabel = (): string =>
  msg('Source website', { id: 'how-it-works.source-website', desc: 'Link to the web page of a source.' });

/**
 * Everything above the footer. `level` is the widget's heading level. The first view is the scope and the
 * model (diagram and step titles); the rest opens from its summary, or from the start when `open`.
 */
export function howItWorks(level: number, rtl: boolean, open: boolean): TemplateResult {
  const seen = new Set<number>();
  return html`
    ${heading(
      level,
      msg('How ketamine may work in the brain', {
        id: 'how-it-works.heading',
        desc: 'Main heading of the widget that explains how ketamine may work.',
      }),
      'heading',
      'heading',
    )}
    <div part="scope" class="scope">${SCOPE.map((item) => html`<p>${cited(item, seen)}</p>`)}</div>
    ${diagram(
      STEPS.map((step) => step.label()),
      rtl,
    )}
    ${steps(seen, open)}
    ${disclosure(
      'other-ideas',
      msg('Other ideas about how it works', {
        id: 'how-it-works.other-ideas.toggle',
        desc: 'Button under the steps that shows a short paragraph on other ideas about how ketamine works.',
      }),
      html`<p part="other-ideas" class="other-ideas">${cited(OTHER_IDEAS, seen)}</p>`,
      open,
    )}
    ${onset(seen, open)} ${claims(seen, open)}
  `;
}
