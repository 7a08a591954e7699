import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { iconArrayStyles } from '../../internal/icon-array.styles.js';
import { KetamineElement, renderState } from '../../internal/ketamine-element.js';
import { sourceListStyles } from '../../internal/source-list.styles.js';
import { ClinicContentController } from '../../internal/controllers/clinic-content.js';
import { footer } from '../../internal/widget-footer.js';
import { glossary } from '../../internal/glossary.js';
import { followInPageLink } from '../../internal/in-page-link.js';
import { SECTION_IDS } from './section-ids.js';
import type { SafetyAdditions, SafetyAdditionsInput } from './safety-facts.schema.js';
import { pickSections, safetyModel } from './safety-model.js';
import { safetySections, safetySources } from './safety-template.js';
import { safetyFactsStyles } from './safety-facts.styles.js';

const NO_ADDITIONS: SafetyAdditions = {};

/** The schema (and zod with it) loads only when a clinic supplies content. */
const loadSchema = () => import('./safety-facts.schema.js').then((m) => m.safetyFactsSchema);

/**
 * "Is ketamine treatment safe for me?", in the order a patient needs it:
 * approval status, what people feel during and after a session, the rules
 * that come with the one approved form (esketamine nasal spray), who should
 * not have it and who needs extra care, risks of frequent or long-term use,
 * and questions to ask the clinic. Every statement carries a numbered
 * footnote to its source. Each section is a native disclosure (`details`),
 * closed at first: the first view is the six headings, five of them with a
 * key line (off-label for anxiety disorders and PTSD; what you may feel; the
 * nasal spray's 2 hours of watching and a ride home, ask your clinic for
 * ketamine by drip, shot or tablet; who should not have it and who needs
 * extra care, with the warning on other sleep-causing drugs; long-term safety
 * unknown). The `expanded` attribute opens every section and
 * the sources from the start; printing opens them all. A clinic can add its
 * own items to any section (e.g. its monitoring rules or an emergency
 * number), shown in a block marked "From your clinic", apart from the
 * sourced facts.
 *
 * Section ids, for the `sections` attribute and the clinic's additions:
 * `status` (approval), `effects` (during and after a session), `rules` (the
 * approved nasal spray's rules; ask your clinic for other forms), `who` (who should
 * not have it, who needs extra care), `long-term` (frequent or long-term use),
 * `questions` (questions to ask your clinic).
 *
 * @summary Plain-language, cited safety facts on ketamine treatment, with questions to ask a clinic.
 *
 * @tagname ketamine-safety-facts
 *
 * @event {CustomEvent<KetamineErrorDetail>} ketamine-error - The clinic-supplied additions are invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
 * @event {CustomEvent<KetamineToggleDetail>} ketamine-toggle - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a section's id (`status`, `effects`, `rules`, `who`, `long-term`, `questions`), `sources`, `glossary`.
 *
 * @slot - Optional `<script type="application/json">` with clinic additions (`{ sections, sources }`). Never shown.
 * @slot actions - The clinic's own link or button (e.g. "Book a consultation"), shown after the sections and before the fine print, styled by the page. Takes no room when empty.
 *
 * @csspart base - The whole widget.
 * @csspart title - The widget's heading.
 * @csspart intro - The note under the heading on footnotes and sections.
 * @csspart section - One section (`details`), with `data-section` set to its id.
 * @csspart summary - A section's heading, which opens and closes it (`summary`).
 * @csspart key-fact - The key line under a section's heading, seen while it is closed (status, effects, rules, who, long-term).
 * @csspart facts - A list of sourced statements.
 * @csspart icon-array - A rate drawn as icon arrays (a `figure`) beside its statement (feeling detached, sleepiness, a large blood-pressure rise against placebo): who and what was counted, one array per group, a legend in words and how sure the numbers are.
 * @csspart icon-array-group - One group's array and its words (e.g. "Esketamine: 8 to 19 in 100"), the array's text equivalent.
 * @csspart footnote - A numbered footnote link.
 * @csspart clinic - The clinic's own items in a section, marked "From your clinic".
 * @csspart phone - A clinic phone number (a `tel:` link).
 * @csspart actions - The wrapper of the `actions` slot (hidden while the slot is empty).
 * @csspart footer - Sources, disclaimer and review date.
 * @csspart sources-toggle - "Sources (N)": the `summary` that opens and closes the source list.
 * @csspart sources - The numbered source list.
 * @csspart source - One source in the list.
 * @csspart link - The DOI, PubMed and web links of a source.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart reviewed - The last-reviewed date.
 * @csspart error - The error panel shown instead of the widget when the clinic's additions are invalid.
 *
 * @cssprop [--ketamine-font-family=inherit] - Font of the widget; inherits the page's font by default.
 * @cssprop [--ketamine-font-size=1rem] - Base font size.
 * @cssprop [--ketamine-color-text=#1d2a30] - Text colour.
 * @cssprop [--ketamine-color-muted=#4b5b62] - Secondary text colour.
 * @cssprop [--ketamine-color-background=#ffffff] - Background.
 * @cssprop [--ketamine-color-surface=#f1f6f6] - Background of the section headings and the clinic's blocks.
 * @cssprop [--ketamine-color-border=#b9c8cb] - Border colour.
 * @cssprop [--ketamine-color-accent=#0b6e69] - Accent colour (the clinic blocks' edge).
 * @cssprop [--ketamine-color-link=#0a5689] - Link colour.
 * @cssprop [--ketamine-color-error=#b3261e] - Error panel colour.
 * @cssprop [--ketamine-focus-color=#1a56db] - Keyboard focus ring.
 * @cssprop [--ketamine-radius=0.75rem] - Corner radius.
 * @cssprop [--ketamine-space=1rem] - Base spacing.
 */
export class KetamineSafetyFacts extends KetamineElement {
  static override styles = [...KetamineElement.styles, sourceListStyles, iconArrayStyles, safetyFactsStyles];
  protected static override messageGroup: MessageGroup = 'safety-facts';
  static override properties: PropertyDeclarations = {
    sections: {},
    additions: { attribute: false },
  };

  /**
   * Space-separated section ids choosing and ordering the sections, e.g.
   * `rules who questions`. Ids: `status`, `effects`, `rules`, `who`,
   * `long-term`, `questions`. Default: all, in that order.
   */
  declare sections: string | undefined;
  /**
   * Clinic additions as an object (`{ sections, sources }`): per section id,
   * `{ items: [{ text, phone?, sources? }] }`. Without it, the widget reads an
   * inline `<script type="application/json">` child.
   */
  declare additions: SafetyAdditionsInput | undefined;

  private readonly content = new ClinicContentController(this, {
    schema: loadSchema,
    input: () => this.additions,
    pick: (additions) => (additions == null ? undefined : { clinic: additions }),
    absent: () => ({ ok: true, value: NO_ADDITIONS }),
    valid: (additions: SafetyAdditions) => additions,
  });

  /** Footnote and back links inside the shadow root. */
  private readonly followLink = (event: MouseEvent): void => followInPageLink(event, this.renderRoot as ShadowRoot);

  protected renderContent(): TemplateResult {
    return renderState(this.content.state, errorTitle, (clinic) => this.renderFacts(clinic));
  }

  private renderFacts(clinic: SafetyAdditions): TemplateResult {
    const { ids, unknown } = pickSections(this.sections);
    if (unknown.length > 0) {
      this.warnings.warn(
        'sections',
        this.sections,
        SECTION_IDS,
        `<${this.localName}>: sections="${this.sections}" has unknown ids ${unknown.map((id) => `"${id}"`).join(', ')}; ` +
          `use any of ${SECTION_IDS.map((id) => `"${id}"`).join(', ')}. The unknown ids are ignored.`,
      );
    }
    const model = safetyModel(ids, clinic);
    // A <section> (unnamed by a landmark role) keeps the footer from being a page-level contentinfo landmark.
    return html`
      <section part="base" class="safety panel" aria-labelledby="title" @click=${this.followLink}>
        <div part="title" class="title" id="title" role="heading" aria-level=${this.headingLevel}>
          ${msg('Is ketamine treatment safe for me?', {
            id: 'safety-facts.title',
            desc: 'Heading of the safety facts widget: the question a patient asks.',
          })}
        </div>
        <p part="intro" class="intro">
          ${msg('Open each part to read it. Small numbers link to the sources at the bottom.', {
            id: 'safety-facts.intro',
            desc: 'Note under the heading: the parts open and close, and the small numbers are links to sources.',
          })}
        </p>
        ${safetySections(model.sections, this.expanded)} ${glossary(model.sections, this.expanded)}
        ${footer(this, safetySources(model.sources), model.sources.length)}
      </section>
    `;
  }
}

const errorTitle = (): string =>
  msg('These safety facts could not be shown', {
    id: 'safety-facts.error-title',
    desc: 'Title of the error panel shown instead of the safety facts when the clinic-supplied additions are invalid.',
  });
