import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { KetamineElement, renderState } from '../../internal/ketamine-element.js';
import { sourceListStyles } from '../../internal/source-list.styles.js';
import { ClinicContentController } from '../../internal/controllers/clinic-content.js';
import { localize } from '../../internal/localized-text.js';
import { footer } from '../../internal/widget-footer.js';
import { glossary } from '../../internal/glossary.js';
import { followInPageLink } from '../../internal/in-page-link.js';
import { getLocale } from '../../localization/localization.js';
import { textDirection } from '../../localization/locales.js';
import type { HowItWorksAdditions, HowItWorksInput } from './how-it-works.schema.js';
import { howItWorks, sourceList } from './how-it-works-template.js';
import { listedSources } from './how-it-works-model.js';
import { CLAIMS, ONSET, ONSET_NOTE, OTHER_IDEAS, SCOPE } from './sections.js';
import { STEPS } from './steps.js';
import { howItWorksStyles } from './how-it-works.styles.js';

const NO_ADDITIONS: Partial<HowItWorksAdditions> = {};

/** The schema (and zod with it) loads only when a clinic supplies a note. */
const loadSchema = () => import('./how-it-works.schema.js').then((m) => m.howItWorksSchema);

/**
 * How ketamine may work in the brain, told honestly: the leading model in
 * five steps (NMDA receptors → a burst of glutamate signals → AMPA receptors
 * → BDNF and mTOR → new connections between brain cells), each labelled by
 * how it is known ("Seen in animals", "Tested in people with depression",
 * "Not known for anxiety"), with the research's scope beside it: depression,
 * mostly animals. Then how fast ketamine, benzodiazepines and SSRIs act on
 * anxiety, and two common questions answered with what the research shows.
 * Every fact carries a numbered footnote to its source.
 *
 * The diagram is inline SVG, hidden from assistive technology: the ordered
 * list of steps under it says the same. It is a row in containers at least
 * 36rem wide (and in print), a column below that, and mirrors in
 * right-to-left languages. Its steps fade in one after another only when the
 * visitor's system allows motion.
 *
 * Concise first: the scope and the model (the diagram and one line per step)
 * show at once; each step's explanation and how it is known, the other
 * ideas, the onset comparison and the common questions are native disclosures
 * (`details`), as are the sources. The `expanded` attribute opens them all
 * from the start, and printing opens them all.
 *
 * @summary The leading model of how ketamine works, step by step, with what is and is not known.
 *
 * @tagname ketamine-how-it-works
 *
 * @event {CustomEvent<KetamineErrorDetail>} ketamine-error - The clinic-supplied note is invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
 * @event {CustomEvent<KetamineToggleDetail>} ketamine-toggle - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a step's id (`nmda`…), `other-ideas`, `onset`, `claims`, `sources`, `glossary`.
 *
 * @slot - Optional `<script type="application/json">` with a clinic note (`{ "note": … }`). Never shown as such.
 * @slot actions - The clinic's own link or button (e.g. "Book a consultation"), shown after the content and before the fine print, styled by the page. Takes no room when empty.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The main heading.
 * @csspart scope - What the research is about (depression, mostly animals), under the heading. Always shown.
 * @csspart diagram - The diagram of the steps (hidden from screen readers; the step list says the same).
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step.
 * @csspart details - A disclosure (`details`): each step's explanation and how it is known, the other ideas, the onset comparison, the claims.
 * @csspart details-toggle - The `summary` that opens and closes a disclosure.
 * @csspart step-title - A step's title: the toggle of its disclosure.
 * @csspart finding - One "how it is known" line of a step.
 * @csspart evidence-label - The label of a finding: seen in animals, tested in people with depression, or not known for anxiety.
 * @csspart other-ideas - The paragraph on other ideas.
 * @csspart onset - How fast it works, compared with benzodiazepines and SSRIs.
 * @csspart section-heading - The toggles of the onset and claims disclosures.
 * @csspart claims - Claims you may have read, with what the research shows.
 * @csspart claim - One claim and its answer.
 * @csspart clinic-note - The clinic's own note, when given.
 * @csspart glossary - "What the words mean": a disclosure defining the research words the widget uses (absent when it uses none).
 * @csspart footnote - A numbered footnote link.
 * @csspart actions - The wrapper of the `actions` slot (hidden while the slot is empty).
 * @csspart footer - Sources, disclaimer and review date.
 * @csspart sources-toggle - "Sources (N)": the `summary` that opens and closes the source list.
 * @csspart sources - The numbered source list.
 * @csspart source - One source in the list.
 * @csspart link - The DOI and PubMed links of a source.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart reviewed - The last-reviewed date.
 * @csspart error - The error panel shown instead of the widget when the clinic note is invalid.
 *
 * @cssprop [--ketamine-font-family=inherit] - Font of the widget; inherits the page's font by default.
 * @cssprop [--ketamine-font-size=1rem] - Base font size.
 * @cssprop [--ketamine-color-text=#1d2a30] - Text colour.
 * @cssprop [--ketamine-color-muted=#4b5b62] - Secondary text colour.
 * @cssprop [--ketamine-color-background=#ffffff] - Background.
 * @cssprop [--ketamine-color-surface=#f1f6f6] - Background of the diagram's circles, the labels and the claims.
 * @cssprop [--ketamine-color-border=#b9c8cb] - Border colour.
 * @cssprop [--ketamine-color-accent=#0b6e69] - Accent colour (the diagram's circles and arrows, step numbers).
 * @cssprop [--ketamine-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--ketamine-color-link=#0a5689] - Link colour.
 * @cssprop [--ketamine-color-error=#b3261e] - Error panel colour.
 * @cssprop [--ketamine-focus-color=#1a56db] - Keyboard focus ring.
 * @cssprop [--ketamine-radius=0.75rem] - Corner radius.
 * @cssprop [--ketamine-space=1rem] - Base spacing.
 */
export class KetamineHowItWorks extends KetamineElement {
  static override styles = [...KetamineElement.styles, sourceListStyles, howItWorksStyles];
  protected static override messageGroup: MessageGroup = 'how-it-works';
  static override properties: PropertyDeclarations = {
    additions: { attribute: false },
  };

  /**
   * Clinic additions as an object (`{ note }`): a note shown after the
   * built-in content. Without it, the widget reads an inline
   * `<script type="application/json">` child.
   */
  declare additions: HowItWorksInput | undefined;

  private readonly content = new ClinicContentController(this, {
    schema: loadSchema,
    input: () => this.additions,
    pick: (additions) => (additions == null ? undefined : { clinic: additions }),
    absent: () => ({ ok: true, value: NO_ADDITIONS }),
    valid: (additions: HowItWorksAdditions): Partial<HowItWorksAdditions> => additions,
  });

  /** Footnote and back links inside the shadow root. */
  private readonly followLink = (event: MouseEvent): void => followInPageLink(event, this.renderRoot as ShadowRoot);

  protected renderContent(): TemplateResult {
    return renderState(this.content.state, errorTitle, (additions) => {
      const rtl = textDirection(getLocale()) === 'rtl';
      const sources = listedSources();
      // A <section> (unnamed landmarks aside) keeps the footer from being a page-level contentinfo landmark.
      return html`<section part="base" class="how panel" aria-labelledby="heading" @click=${this.followLink}>
        ${howItWorks(Number(this.headingLevel), rtl, this.expanded)}
        ${
          additions.note === undefined
            ? nothing
            : html`<div part="clinic-note" class="clinic-note">
                <p class="clinic-note-title">
                  ${msg('A note from your clinic', {
                    id: 'how-it-works.clinic-note',
                    desc: 'Title above a note the clinic wrote itself (not part of the reviewed content).',
                  })}
                </p>
                <p dir="auto">${localize(additions.note)}</p>
              </div>`
        }
        ${glossary([SCOPE, STEPS, OTHER_IDEAS, ONSET, ONSET_NOTE, CLAIMS, additions.note], this.expanded)}
        ${footer(this, sourceList(sources), sources.length)}
      </section>`;
    });
  }
}

const errorTitle = (): string =>
  msg('This explanation of how ketamine works could not be shown', {
    id: 'how-it-works.error-title',
    desc: 'Title of the error panel shown instead of the how-it-works widget when the clinic note is invalid.',
  });
