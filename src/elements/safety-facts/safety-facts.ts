import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { KetamineElement, renderState } from '../../internal/ketamine-element.js';
import { ClinicContentController } from '../../internal/controllers/clinic-content.js';
import { localize } from '../../internal/localized-text.js';
import { footer } from '../../internal/widget-footer.js';
import { BUILT_IN } from './content.js';
import type { SafetyFactsInput } from './safety-facts.schema.js';
import { safetyFactsStyles } from './safety-facts.styles.js';

/** The schema (and zod with it) loads only when a clinic supplies content. */
const loadSchema = () => import('./safety-facts.schema.js').then((m) => m.safetyFactsSchema);

/**
 * Describe here, in a sentence or two, what the widget tells a patient.
 *
 * @summary One line for the docs and the Storybook controls.
 *
 * @tagname ketamine-safety-facts
 *
 * @event {CustomEvent<KetamineErrorDetail>} ketamine-error - The clinic-supplied content is invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
 *
 * @slot - Optional `<script type="application/json">` with the clinic's own title and text. Never shown.
 *
 * @csspart base - The widget.
 * @csspart heading - Its heading.
 * @csspart text - Its text.
 * @csspart footer - Sources, disclaimer and review date.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart error - The error panel shown instead of the widget when the input is invalid.
 */
export class KetamineSafetyFacts extends KetamineElement {
  static override styles = [...KetamineElement.styles, safetyFactsStyles];
  protected static override messageGroup: MessageGroup = 'safety-facts';
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
  };

  /** The clinic's own title and text (or an inline `<script type="application/json">` child). */
  declare content: SafetyFactsInput | undefined;

  private readonly shown = new ClinicContentController(this, {
    schema: loadSchema,
    input: () => this.content,
    pick: (input) => (typeof input === 'object' && input !== null ? { clinic: input } : undefined),
    absent: () => ({ ok: true, value: BUILT_IN }),
    valid:
      (clinic): (() => SafetyFactsInput) =>
      () =>
        clinic,
  });

  protected renderContent(): TemplateResult {
    return renderState(this.shown.state, errorTitle, (read) => {
      const { title, text } = read();
      return html`<section part="base" class="panel" aria-labelledby="heading">
        <div part="heading" class="heading" id="heading" role="heading" aria-level=${this.headingLevel}>
          ${localize(title)}
        </div>
        <p part="text" class="text">${localize(text)}</p>
        ${footer(html``)}
      </section>`;
    });
  }
}

const errorTitle = (): string =>
  msg('This widget could not be shown', {
    id: 'safety-facts.error-title',
    desc: 'Title of the error panel shown instead of the safety-facts widget when its content is invalid.',
  });
