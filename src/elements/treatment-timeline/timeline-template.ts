import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { sourceLinks } from '../../internal/source-links.js';
import { formatNumber } from '../../localization/format.js';
import { icon } from './icons.js';
import type { ShownSource, ShownStep } from './timeline-model.js';

/** One step; `onToggle` hears its details open and close. */
export function timelineStep(
  step: ShownStep,
  index: number,
  isCurrent: boolean,
  sourceNumbers: number[],
  headingLevel: string,
  onToggle: (id: string, event: Event) => void,
): TemplateResult {
  const hasDetails = step.details.length > 0 || sourceNumbers.length > 0;
  return html`
    <li
      part=${isCurrent ? 'step step-current' : 'step'}
      class="step"
      data-step-id=${step.id}
      aria-current=${isCurrent ? 'step' : nothing}
    >
      <div part="marker" class="marker">
        <span part="icon" class="icon-wrap">${icon(step.icon)}</span>
      </div>
      <div part="body" class="body">
        <p class="labels">
          <span part="step-number" class="step-number">
            ${msg(str`Step ${formatNumber(index + 1)}`, {
              id: 'timeline.step-number',
              desc: 'Label above each step of the treatment timeline. The placeholder is the step number.',
            })}
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
            ? html`<details part="details" class="details" @toggle=${(event: Event) => onToggle(step.id, event)}>
                <summary part="summary" class="summary">
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
                          ${msg(str`Sources: ${sourceNumbers.map((n) => formatNumber(n)).join(', ')} (listed below)`, {
                            id: 'timeline.step-sources',
                            desc: 'Under a step\'s details: the numbers of its sources in the numbered list at the bottom of the widget, e.g. "Sources: 1, 3 (listed below)".',
                          })}
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

/** The numbered source list of the footer. */
export function timelineSources(sources: ShownSource[]): TemplateResult {
  return html`
    <ol part="sources" class="source-list" aria-labelledby="sources-title">
      ${sources.map((s) => html`<li class="source"><span class="citation" dir="auto">${s.citation}</span> ${sourceLinks(s, websiteLabel)}</li>`)}
    </ol>
  `;
}

const websiteLabel = (): string =>
  msg('Web page', { id: 'timeline.source-link', desc: 'Link to a web page for a source a clinic supplied.' });
