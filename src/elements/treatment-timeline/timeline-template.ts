import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { footnoteLinks, numberedSources } from '../../internal/footnote-links.js';
import { formatNumber } from '../../localization/format.js';
import { icon } from './icons.js';
import type { ShownSource, ShownStep } from './timeline-model.js';

/** How one step is shown: its place, its source numbers, and what the widget decides for all steps. */
export interface StepView {
  /** Its number among the steps of treatment; none for another option, which is labelled so instead. */
  number: number | undefined;
  isCurrent: boolean;
  sourceNumbers: number[];
  headingLevel: string;
  /** Opens the step's details from the start (the widget's `expanded`). */
  open: boolean;
  /** Sources already cited by an earlier step: only a first mention gets the id a source's back link returns to. */
  seen: Set<number>;
  /** Hears the step's details open and close. */
  onToggle: (id: string, event: Event) => void;
}

/**
 * One step. The first view is its title, timing and one-line description; the
 * details and the footnote links to its sources wait behind "More details".
 */
export function timelineStep(
  step: ShownStep,
  { number, isCurrent, sourceNumbers, headingLevel, open, seen, onToggle }: StepView,
): TemplateResult {
  const hasDetails = step.details.length > 0 || sourceNumbers.length > 0;
  return html`
    <li
      part=${isCurrent ? 'step step-current' : 'step'}
      class=${step.option ? 'step option' : 'step'}
      data-step-id=${step.id}
      aria-current=${isCurrent ? 'step' : nothing}
    >
      <div part="marker" class="marker">
        <span part="icon" class="icon-wrap">${icon(step.icon)}</span>
      </div>
      <div part="body" class="body">
        <p class="labels">
          <span part="step-number" class="step-number">
            ${
              number === undefined
                ? msg('Another option', {
                    id: 'timeline.another-option',
                    desc: 'Label above the last item of the treatment timeline, in place of a step number: a treatment in its own right (talk therapy), not a next step after ketamine.',
                  })
                : msg(str`Step ${formatNumber(number)}`, {
                    id: 'timeline.step-number',
                    desc: 'Label above each step of the treatment timeline. The placeholder is the step number.',
                  })
            }
          </span>
          ${
            isCurrent
              ? html`<span part="current-label" class="current-label">
                  ${msg('You are here', {
                    id: 'timeline.current',
                    desc: 'Label on the step of the treatment timeline that the patient is at now.',
                  })}
                </span>`
              : nothing
          }
        </p>
        <div part="title" class="title" role="heading" aria-level=${headingLevel}>${step.title}</div>
        ${
          step.timing
            ? html`<p part="timing" class="timing">
                <span class="timing-label">
                  ${msg('Typical timing:', {
                    id: 'timeline.timing-label',
                    desc: 'Label before the typical timing of a treatment step, e.g. "Typical timing: Before any treatment".',
                  })}
                </span>
                ${step.timing}
              </p>`
            : nothing
        }
        <p part="description" class="description">${step.description}</p>
        ${
          hasDetails
            ? html`<details
                part="details"
                class="details"
                data-section=${step.id}
                ?open=${open}
                @toggle=${(event: Event) => onToggle(step.id, event)}
              >
                <summary part="summary details-toggle" class="more-toggle">
                  ${msg('More details', {
                    id: 'timeline.more-details',
                    desc: 'Button that opens the details of one treatment step. Screen readers also hear the step title after it.',
                  })}<span class="visually-hidden">: ${step.title}</span>
                </summary>
                <div class="details-body">
                  ${step.details.map((paragraph) => html`<p>${paragraph}</p>`)}
                  ${
                    sourceNumbers.length
                      ? html`<p part="step-sources" class="step-sources">
                          ${msg('Sources:', {
                            id: 'timeline.step-sources-label',
                            desc: 'Under a step\'s details, before the numbers (links) of its sources in the list at the bottom of the widget, e.g. "Sources: 1, 3".',
                          })}
                          ${footnoteLinks(sourceNumbers, seen, firstMention)}
                        </p>`
                      : nothing
                  }
                </div>
              </details>`
            : nothing
        }
      </div>
    </li>
  `;
}

/** The numbered source list of the footer; each source links back to the step that first cites it. */
export const timelineSources = (sources: ShownSource[]): TemplateResult =>
  numberedSources(
    // The key of a clinic's source holds its text: it stays out of the markup.
    sources.map(({ key: _, ...s }, i) => ({ n: i + 1, ...s })),
    firstMention,
    websiteLabel,
  );

/** Id of a source's first footnote link, where its back link returns to. */
const firstMention = (n: number): string => `ref-${n}`;

const websiteLabel = (): string =>
  msg('Web page', { id: 'timeline.source-link', desc: 'Link to a web page for a source a clinic supplied.' });
