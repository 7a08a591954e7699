import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { KetamineElement, loadingPlaceholder } from '../../internal/ketamine-element.js';
import { localize } from '../../internal/localized-text.js';
import { sourceLinks } from '../../internal/source-links.js';
import { footer } from '../../internal/widget-footer.js';
import { formatNumber } from '../../localization/format.js';
import { source } from '../../content/sources.js';
import { TIMELINE_STEPS, builtInSteps, isStepId } from './timeline-steps.js';
import type { ClinicStep, ClinicStepInput } from './timeline.schema.js';
import { icon, type IconName } from './icons.js';
import { treatmentTimelineStyles } from './treatment-timeline.styles.js';

const ORIENTATIONS = ['vertical', 'horizontal'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** `detail` of the `ketamine-step-toggle` event. */
export interface KetamineStepToggleDetail {
  /** The step's id, e.g. `monitoring`. */
  id: string;
  /** Whether its details are now open. */
  open: boolean;
}

/** A source as the footer lists it. */
interface ShownSource {
  /** Same key, same source: a source cited by several steps is listed once. */
  key: string;
  citation: string;
  doi?: string;
  pmid?: string;
  url?: string;
}

/** A step as the template shows it, built-in or clinic-supplied, in the current locale. */
interface ShownStep {
  id: string;
  title: string;
  description: string;
  timing?: string;
  details: string[];
  icon: IconName;
  sources: ShownSource[];
}

function fromBuiltIn(): ShownStep[] {
  return builtInSteps().map((step) => ({
    ...step,
    sources: step.sources.map((id) => ({ key: id, ...source(id) })),
  }));
}

function fromClinic(steps: readonly ClinicStep[]): ShownStep[] {
  return steps.map((step) => ({
    id: step.id,
    title: localize(step.title),
    description: localize(step.description),
    timing: localize(step.timing),
    details: step.details === undefined ? [] : [localize(step.details)],
    // A clinic step named like a built-in one gets its icon unless it picks one.
    icon: step.icon ?? (isStepId(step.id) ? TIMELINE_STEPS[step.id]().icon : 'dot'),
    sources: (step.sources ?? []).map((s) => {
      const citation = localize(s.citation);
      return { key: `clinic:${citation}|${s.url ?? ''}`, citation, ...(s.url ? { url: s.url } : {}) };
    }),
  }));
}

/** The schema (and zod with it) loads only when a clinic supplies content. */
const loadTimelineSchema = () => import('./timeline.schema.js').then((m) => m.timelineSchema);

/**
 * The patient journey with ketamine treatment, step by step: assessment,
 * treatment sessions, monitoring, follow-up, and therapy and daily habits.
 * Each step has a title, a short description, its typical timing, details
 * that open and close, and the sources of the facts it states. A clinic can
 * replace the steps with its own process, and mark where a patient is.
 *
 * @summary The steps of ketamine treatment, from assessment to follow-up, with sources.
 *
 * @tagname ketamine-treatment-timeline
 *
 * @event ketamine-step-toggle - A step's details were opened or closed. `detail` is `{ id, open }`: the step id and whether it is now open.
 * @event ketamine-error - The clinic-supplied steps are invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
 *
 * @slot - Optional `<script type="application/json">` with the clinic's own steps, as `{"steps": [...]}`. Never shown.
 *
 * @csspart base - The timeline.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step (`li`); the current one also has the part `step-current`.
 * @csspart step-current - The step the patient is at (`aria-current="step"`).
 * @csspart marker - The round marker with the step's icon.
 * @csspart icon - The step's icon.
 * @csspart body - The text of a step.
 * @csspart step-number - The "Step 1" label.
 * @csspart current-label - The "You are here" label on the current step.
 * @csspart title - The step's heading.
 * @csspart timing - The step's typical timing.
 * @csspart description - The step's short description.
 * @csspart details - The step's disclosure (`details`).
 * @csspart summary - The disclosure's toggle (`summary`).
 * @csspart step-sources - The numbers of the sources a step cites.
 * @csspart footer - Sources, disclaimer and review date.
 * @csspart sources - The numbered list of sources.
 * @csspart link - The DOI, PubMed and web links of the sources.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart error - The error panel shown instead of the timeline when the clinic's steps are invalid.
 *
 * @cssprop [--ketamine-font-family=inherit] - Font of the widget; inherits the page's font by default.
 * @cssprop [--ketamine-font-size=1rem] - Base font size.
 * @cssprop [--ketamine-color-text=#1d2a30] - Text colour.
 * @cssprop [--ketamine-color-muted=#4b5b62] - Secondary text colour.
 * @cssprop [--ketamine-color-background=#ffffff] - Background of the timeline and of the markers.
 * @cssprop [--ketamine-color-surface=#f1f6f6] - Background of each step.
 * @cssprop [--ketamine-color-border=#b9c8cb] - Border colour and the line between steps.
 * @cssprop [--ketamine-color-accent=#0b6e69] - Accent colour (markers, the current step).
 * @cssprop [--ketamine-color-on-accent=#ffffff] - Text and icon on the accent colour.
 * @cssprop [--ketamine-color-link=#0a5689] - Link colour.
 * @cssprop [--ketamine-color-error=#b3261e] - Error panel colour.
 * @cssprop [--ketamine-focus-color=#1a56db] - Keyboard focus ring.
 * @cssprop [--ketamine-radius=0.75rem] - Corner radius.
 * @cssprop [--ketamine-space=1rem] - Base spacing.
 */
export class KetamineTreatmentTimeline extends KetamineElement {
  static override styles = [...KetamineElement.styles, treatmentTimelineStyles];
  protected static override messageGroup: MessageGroup = 'treatment-timeline';
  static override properties: PropertyDeclarations = {
    current: {},
    orientation: {},
    steps: { attribute: false },
    content: { state: true, attribute: false },
  };

  /**
   * Id of the step the patient is at, e.g. `monitoring` (or the id of one of
   * the clinic's steps). That step gets `aria-current="step"` and a
   * "You are here" label.
   */
  declare current: string | undefined;
  /** `vertical` (default) or `horizontal`. Horizontal needs a container at least 48rem wide; narrower, the steps stack. */
  declare orientation: 'vertical' | 'horizontal';
  /**
   * The clinic's own steps, as an array (each `{ id, title, description,
   * timing?, details?, icon?, sources? }`). They replace the built-in steps.
   * Without it, an inline `<script type="application/json">` child with
   * `{"steps": [...]}` is read; without either, the built-in steps show.
   */
  declare steps: ClinicStepInput[] | undefined;
  /** The steps to show, read in the current locale at each render. */
  private declare content: (() => ShownStep[]) | undefined;

  constructor() {
    super();
    this.orientation = 'vertical';
  }

  protected errorTitle(): string {
    return msg('This treatment timeline could not be shown', {
      id: 'timeline.error-title',
      desc: 'Title of the error panel shown instead of the treatment timeline when the clinic-supplied steps are invalid.',
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('orientation') && !ORIENTATIONS.includes(this.orientation)) {
      // A removed attribute (null) restores the default without a warning.
      if (this.orientation != null) this.warnInvalidAttribute('orientation', this.orientation, ORIENTATIONS);
      this.orientation = 'vertical';
    }
    if (!this.hasUpdated || changed.has('steps')) this.loadSteps();
    this.checkCurrent();
  }

  protected jsonChildChanged(): void {
    if (!this.hasStepsProperty()) this.loadSteps();
  }

  private hasStepsProperty(): boolean {
    return this.steps !== undefined && this.steps !== null;
  }

  /** content data → validation → state; the template only ever sees valid data. */
  private loadSteps(): void {
    if (!this.hasStepsProperty() && this.jsonChildText() === undefined) {
      // Nothing from the clinic: the built-in steps, at once (no loading flash).
      this.cancelClinicContent();
      this.show(fromBuiltIn);
      return;
    }
    void this.loadClinicSteps();
  }

  private async loadClinicSteps(): Promise<void> {
    const value = this.hasStepsProperty() ? { steps: this.steps } : undefined;
    await this.checkClinicContent(loadTimelineSchema, value, (checked) => {
      if (checked === undefined) this.show(fromBuiltIn);
      else if (checked.ok) {
        const { steps } = checked.value;
        this.show(() => fromClinic(steps));
      } else {
        this.content = undefined;
        this.reportIssues(checked.issues);
      }
    });
  }

  private show(content: () => ShownStep[]): void {
    this.clearIssues();
    this.content = content;
  }

  /** An unknown `current` marks nothing and warns once per value and set of steps. */
  private checkCurrent(): void {
    const current = this.current?.trim();
    if (!current || !this.content) return;
    const ids = this.content().map((step) => step.id);
    if (!ids.includes(current)) this.warnInvalidAttribute('current', current, ids);
  }

  protected renderContent(): TemplateResult {
    if (!this.content) return loadingPlaceholder;
    const steps = this.content();
    const current = this.current?.trim();

    // Number the sources in order of first citation; a source cited twice is listed once.
    const listed: ShownSource[] = [];
    const numberOf = new Map<string, number>();
    for (const step of steps) {
      for (const s of step.sources) {
        if (!numberOf.has(s.key)) {
          listed.push(s);
          numberOf.set(s.key, listed.length);
        }
      }
    }

    return html`
      <section part="base" class="timeline panel">
        <ol
          part="list"
          class="steps"
          data-orientation=${this.orientation}
          aria-label=${msg('Steps of ketamine treatment', {
            id: 'timeline.list-label',
            desc: 'Accessible name of the list of treatment steps (read by screen readers).',
          })}
        >
          ${repeat(
            steps,
            (step) => step.id,
            (step, index) =>
              this.renderStep(
                step,
                index,
                step.id === current,
                [...new Set(step.sources.map((s) => numberOf.get(s.key)!))].sort((a, b) => a - b),
              ),
          )}
        </ol>
        ${footer(html`${this.renderSources(listed)}`)}
      </section>
    `;
  }

  private renderStep(step: ShownStep, index: number, isCurrent: boolean, sourceNumbers: number[]): TemplateResult {
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
            ${isCurrent
              ? html`<span part="current-label" class="current-label">
                  ${msg('You are here', {
                    id: 'timeline.current',
                    desc: 'Label on the step of the treatment timeline that the patient is at now.',
                  })}
                </span>`
              : nothing}
          </p>
          <div part="title" class="title" role="heading" aria-level=${this.headingLevel}>
            ${step.title}
          </div>
          ${step.timing
            ? html`<p part="timing" class="timing">
                <span class="timing-label">
                  ${msg('Typical timing:', {
                    id: 'timeline.timing-label',
                    desc: 'Label before the typical timing of a treatment step, e.g. "Typical timing: Before any treatment".',
                  })}
                </span>
                ${step.timing}
              </p>`
            : nothing}
          <p part="description" class="description">${step.description}</p>
          ${hasDetails
            ? html`<details
                part="details"
                class="details"
                @toggle=${(event: Event) => this.onToggle(step.id, event)}
              >
                <summary part="summary" class="summary">
                  ${msg('More details', {
                    id: 'timeline.more-details',
                    desc: 'Button that opens the details of one treatment step. Screen readers also hear the step title after it.',
                  })}<span class="visually-hidden">: ${step.title}</span>
                </summary>
                <div class="details-body">
                  ${step.details.map((paragraph) => html`<p>${paragraph}</p>`)}
                  ${sourceNumbers.length
                    ? html`<p part="step-sources" class="step-sources">
                        ${msg(str`Sources: ${sourceNumbers.map((n) => formatNumber(n)).join(', ')} (listed below)`, {
                          id: 'timeline.step-sources',
                          desc: 'Under a step\'s details: the numbers of its sources in the numbered list at the bottom of the widget, e.g. "Sources: 1, 3 (listed below)".',
                        })}
                      </p>`
                    : nothing}
                </div>
              </details>`
            : nothing}
        </div>
      </li>
    `;
  }

  private onToggle(id: string, event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    this.dispatchEvent(
      new CustomEvent<KetamineStepToggleDetail>('ketamine-step-toggle', {
        bubbles: true,
        composed: true,
        detail: { id, open },
      }),
    );
  }

  private renderSources(sources: ShownSource[]): TemplateResult | typeof nothing {
    if (!sources.length) return nothing;
    return html`
      <p class="sources-title">${msg('Sources', { id: 'timeline.sources', desc: 'Heading of the numbered list of sources at the bottom of the treatment timeline.' })}</p>
      <ol part="sources" class="source-list">
        ${sources.map((s) => html`<li class="source"><span class="citation" dir="auto">${s.citation}</span> ${sourceLinks(s, websiteLabel)}</li>`)}
      </ol>
    `;
  }

}

const websiteLabel = (): string =>
  msg('Web page', { id: 'timeline.source-link', desc: 'Link to a web page for a source a clinic supplied.' });
