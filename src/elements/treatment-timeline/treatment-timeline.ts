import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { KetamineElement, renderState } from '../../internal/ketamine-element.js';
import { ClinicContentController } from '../../internal/controllers/clinic-content.js';
import { footer } from '../../internal/widget-footer.js';
import { glossary } from '../../internal/glossary.js';
import { followInPageLink } from '../../internal/in-page-link.js';
import { sourceListStyles } from '../../internal/source-list.styles.js';
import type { ClinicStepInput } from './timeline.schema.js';
import { fromBuiltIn, fromClinic, numberSources, stepNumbers, type ShownStep } from './timeline-model.js';
import { timelineSources, timelineStep } from './timeline-template.js';
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

/** The schema (and zod with it) loads only when a clinic supplies content. */
const loadTimelineSchema = () => import('./timeline.schema.js').then((m) => m.timelineSchema);

/**
 * The patient journey with ketamine treatment, step by step: assessment,
 * treatment sessions, monitoring, follow-up; then talk therapy (CBT), shown
 * unnumbered as "Another option" (a treatment in its own right, not a next step).
 * The first view shows each step's title, typical timing and one-line
 * description. "More details" opens a step's details and the numbered
 * footnote links to its sources; "Sources (N)" opens the source list. All of
 * it stays in the page, `expanded` opens it from the start, and print shows
 * it open. A clinic can replace the steps with its own process, and mark
 * where a patient is.
 *
 * @summary The steps of ketamine treatment, from assessment to follow-up, with sources.
 *
 * @tagname ketamine-treatment-timeline
 *
 * @event {CustomEvent<KetamineStepToggleDetail>} ketamine-step-toggle - A step's details were opened or closed (by the reader, by `expanded` or for print). `detail` is `{ id, open }`: the step id and whether it is now open. The timeline's own event, kept as it was; to count what readers open, use `ketamine-toggle`, which every widget fires for the reader's toggles only.
 * @event {CustomEvent<KetamineErrorDetail>} ketamine-error - The clinic-supplied steps are invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
 * @event {CustomEvent<KetamineToggleDetail>} ketamine-toggle - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a step's id (as in `ketamine-step-toggle`), `sources`, `glossary`.
 *
 * @slot - Optional `<script type="application/json">` with the clinic's own steps, as `{"steps": [...]}`. Never shown.
 * @slot actions - The clinic's own link or button (e.g. "Book a consultation"), shown after the steps and before the fine print, styled by the page. Takes no room when empty.
 *
 * @csspart base - The timeline.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step (`li`); the current one also has the part `step-current`.
 * @csspart step-current - The step the patient is at (`aria-current="step"`).
 * @csspart marker - The round marker with the step's icon.
 * @csspart icon - The step's icon.
 * @csspart body - The text of a step.
 * @csspart step-number - The "Step 1" label ("Another option" on the built-in talk therapy item, which has no number).
 * @csspart current-label - The "You are here" label on the current step.
 * @csspart title - The step's heading.
 * @csspart timing - The step's typical timing.
 * @csspart description - The step's short description.
 * @csspart details - The step's disclosure (`details`), closed unless `expanded`.
 * @csspart summary - The disclosure's toggle (`summary`), "More details".
 * @csspart details-toggle - The same toggle, by the name every widget gives its disclosures' toggles.
 * @csspart step-sources - "Sources:" and the footnote links of the sources a step cites.
 * @csspart footnote - A footnote link to a source in the list; it opens the list and focuses the source.
 * @csspart glossary - "What the words mean": a disclosure defining the research words the widget uses (absent when it uses none).
 * @csspart actions - The wrapper of the `actions` slot (hidden while the slot is empty).
 * @csspart footer - Sources, disclaimer and review date.
 * @csspart sources-toggle - The "Sources (N)" toggle (`summary`) that shows the source list.
 * @csspart sources - The numbered list of sources.
 * @csspart source - One source; its back link returns to the step that first cites it.
 * @csspart link - The DOI, PubMed and web links of the sources.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart reviewed - The last-reviewed date.
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
  static override styles = [...KetamineElement.styles, sourceListStyles, treatmentTimelineStyles];
  protected static override messageGroup: MessageGroup = 'treatment-timeline';
  static override properties: PropertyDeclarations = {
    current: {},
    orientation: {},
    steps: { attribute: false },
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

  /** The steps to show, read in the current locale at each render. Nothing from the clinic: the built-in steps. */
  private readonly content = new ClinicContentController(this, {
    schema: loadTimelineSchema,
    input: () => this.steps,
    pick: (steps) => (steps == null ? undefined : { clinic: { steps } }),
    absent: () => ({ ok: true, value: fromBuiltIn }),
    valid:
      ({ steps }): (() => ShownStep[]) =>
      () =>
        fromClinic(steps),
  });

  constructor() {
    super();
    this.orientation = 'vertical';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('orientation')) {
      this.orientation = this.warnings.check('orientation', this.orientation, ORIENTATIONS, 'vertical');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.checkCurrent();
  }

  /** An unknown `current` marks nothing and warns once per value and set of steps. */
  private checkCurrent(): void {
    const current = this.current?.trim();
    const { state } = this.content;
    if (!current || state.status !== 'ok') return;
    const ids = state.value().map((step) => step.id);
    if (!ids.includes(current)) this.warnings.warn('current', current, ids);
  }

  protected renderContent(): TemplateResult {
    return renderState(this.content.state, errorTitle, (content) => this.renderSteps(content()));
  }

  private renderSteps(steps: ShownStep[]): TemplateResult {
    const current = this.current?.trim();
    const { listed, numbersOf } = numberSources(steps);
    const numbers = stepNumbers(steps);
    const seen = new Set<number>();
    return html`
      <section part="base" class="timeline panel" @click=${this.followLink}>
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
              timelineStep(step, {
                number: numbers[index],
                isCurrent: step.id === current,
                sourceNumbers: numbersOf[index]!,
                headingLevel: this.headingLevel,
                open: this.expanded,
                seen,
                onToggle: this.onToggle,
              }),
          )}
        </ol>
        ${glossary(
          steps.map(({ sources: _, ...step }) => step),
          this.expanded,
        )}
        ${footer(this, timelineSources(listed), listed.length)}
      </section>
    `;
  }

  /** Footnote and back links inside the shadow root: each opens the closed disclosure around its target. */
  private readonly followLink = (event: MouseEvent): void => followInPageLink(event, this.renderRoot as ShadowRoot);

  private readonly onToggle = (id: string, event: Event): void => {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    this.dispatchEvent(
      new CustomEvent<KetamineStepToggleDetail>('ketamine-step-toggle', {
        bubbles: true,
        composed: true,
        detail: { id, open },
      }),
    );
  };
}

const errorTitle = (): string =>
  msg('This treatment timeline could not be shown', {
    id: 'timeline.error-title',
    desc: 'Title of the error panel shown instead of the treatment timeline when the clinic-supplied steps are invalid.',
  });
