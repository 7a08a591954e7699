import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { KetamineElement, loadingPlaceholder } from '../../internal/ketamine-element.js';
import { localize } from '../../internal/localized-text.js';
import { sourceLinks } from '../../internal/source-links.js';
import { rateEvidence } from './evidence-strength.js';
import { footer } from '../../internal/widget-footer.js';
import { preview, type ContentIssue } from '../../schema/content-issue.js';
import { sentence } from '../../content/sentence.js';
import { participantCount } from '../../localization/plural.js';
import { STUDIES, STUDY_IDS, isStudyId } from './studies.js';
import type { StudyInput } from './study.schema.js';
import {
  byline,
  certaintyLabel,
  designPoints,
  notInSummary,
  outcomeLabel,
  reasonText,
  routeLabel,
} from './study-text.js';
import { evidenceCardStyles } from './evidence-card.styles.js';

/** The schema (and zod with it) loads only when a clinic supplies content. */
const loadStudySchema = () => import('./study.schema.js').then((m) => m.studySchema);

/**
 * One clinical study of ketamine for an anxiety disorder or PTSD, in plain
 * language: the condition, the design, who took part, the dose, the main
 * result (null results as plainly as positive ones), timing, side effects,
 * limitations, an evidence-strength rating and the full citation.
 *
 * @summary A plain-language, cited summary of one clinical study.
 *
 * @tagname ketamine-evidence-card
 *
 * @event ketamine-error - The study id is unknown or the clinic-supplied study is invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
 *
 * @slot - Optional `<script type="application/json">` with a clinic-supplied study. Never shown.
 *
 * @csspart base - The card.
 * @csspart header - Condition, headline and byline.
 * @csspart condition - The condition studied.
 * @csspart headline - The card's heading.
 * @csspart byline - First author and year.
 * @csspart outcome - The main result.
 * @csspart facts - The list of study facts.
 * @csspart strength - The evidence-strength disclosure.
 * @csspart badge - The evidence-strength badge.
 * @csspart footer - Citation, links, disclaimer and review date.
 * @csspart citation - The full citation.
 * @csspart link - The DOI and PubMed links.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart error - The error panel shown instead of the card when the input is invalid.
 *
 * @cssprop [--ketamine-font-family=inherit] - Font of the widget; inherits the page's font by default.
 * @cssprop [--ketamine-font-size=1rem] - Base font size.
 * @cssprop [--ketamine-color-text=#1d2a30] - Text colour.
 * @cssprop [--ketamine-color-muted=#4b5b62] - Secondary text colour.
 * @cssprop [--ketamine-color-background=#ffffff] - Card background.
 * @cssprop [--ketamine-color-surface=#f1f6f6] - Background of inner panels.
 * @cssprop [--ketamine-color-border=#b9c8cb] - Border colour.
 * @cssprop [--ketamine-color-accent=#0b6e69] - Accent colour (badge, rules).
 * @cssprop [--ketamine-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--ketamine-color-link=#0a5689] - Link colour.
 * @cssprop [--ketamine-color-error=#b3261e] - Error panel colour.
 * @cssprop [--ketamine-focus-color=#1a56db] - Keyboard focus ring.
 * @cssprop [--ketamine-radius=0.75rem] - Corner radius.
 * @cssprop [--ketamine-space=1rem] - Base spacing.
 */
export class KetamineEvidenceCard extends KetamineElement {
  static override styles = [...KetamineElement.styles, evidenceCardStyles];
  protected static override messageGroup: MessageGroup = 'evidence-card';
  static override properties: PropertyDeclarations = {
    study: {},
    compact: { type: Boolean, reflect: true },
    content: { state: true, attribute: false },
  };

  /**
   * A built-in study id (e.g. `feder-2021-ptsd`), or, as a property, a
   * clinic-supplied study object. Without it, the card reads an inline
   * `<script type="application/json">` child.
   */
  declare study: string | StudyInput | undefined;
  /** Denser layout for sidebars. */
  declare compact: boolean;
  /** The study to show, read in the current locale at each render. */
  private declare content: (() => StudyInput) | undefined;

  constructor() {
    super();
    this.compact = false;
  }

  protected errorTitle(): string {
    return msg('This evidence card could not be shown', {
      id: 'evidence-card.error-title',
      desc: 'Title of the error panel shown instead of the card when its content is invalid.',
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('study')) void this.loadStudy();
  }

  protected jsonChildChanged(): void {
    if (!this.hasStudyProperty()) void this.loadStudy();
  }

  private hasStudyProperty(): boolean {
    // null (a removed attribute, or `.study = null`) counts as absent, like undefined.
    return (typeof this.study === 'object' && this.study !== null) || (typeof this.study === 'string' && this.study.trim() !== '');
  }

  /** content data → validation → state; the template only ever sees valid data. */
  private async loadStudy(): Promise<void> {
    const { study } = this;
    if (typeof study === 'string' && study.trim() !== '') {
      this.cancelClinicContent();
      this.showBuiltIn(study.trim());
      return;
    }
    // An empty attribute counts as absent: the inline JSON child is read instead.
    const value = typeof study === 'object' && study !== null ? study : undefined;
    await this.checkClinicContent(loadStudySchema, value, (checked) => {
      if (checked === undefined) this.reportIssues(() => [missingStudy()]);
      else if (checked.ok) this.show(() => checked.value);
      else this.reportIssues(checked.issues);
    });
  }

  private showBuiltIn(id: string): void {
    if (isStudyId(id)) {
      this.show(STUDIES[id]);
      return;
    }
    this.reportIssues(() => [
      {
        path: 'study',
        expected: msg(str`a built-in study id: ${STUDY_IDS.join(', ')}`, {
          id: 'error.expected.study-id',
          desc: 'Error panel: the study attribute must be one of the built-in ids, which follow.',
        }),
        found: preview(id),
      },
    ]);
  }

  private show(content: () => StudyInput): void {
    this.clearIssues();
    this.content = content;
  }

  protected renderContent(): TemplateResult {
    if (!this.content) return loadingPlaceholder;
    const study = this.content();
    const strength = rateEvidence(study.design, study.participants);
    return html`
      <article part="base" class="card panel" aria-labelledby="headline">
        <header part="header" class="header">
          <p part="condition" class="condition">${localize(study.condition)}</p>
          <div part="headline" class="headline" id="headline" role="heading" aria-level=${this.headingLevel}>
            ${localize(study.headline)}
          </div>
          <p part="byline" class="byline">${byline(study.citation)}</p>
        </header>

        <div part="outcome" class="outcome" data-outcome=${study.outcome}>
          <p class="outcome-label">
            <span class="label">${msg('Main result:', { id: 'card.main-result', desc: 'Label before the one-line summary of the result.' })}</span>
            ${outcomeLabel(study.outcome, study.design.control)}
          </p>
          <p class="result">${localize(study.result)}</p>
        </div>

        <details part="strength" class="strength">
          <summary>
            <span part="badge" class="badge" data-certainty=${strength.certainty}>
              <span class="chevron" aria-hidden="true"></span>
              <span class="meter" aria-hidden="true"></span>
              ${msg(str`Strength of evidence: ${certaintyLabel(strength.certainty)}`, {
                id: 'card.strength',
                desc: 'Evidence-strength badge. The placeholder is a level: High, Moderate, Low or Very low.',
              })}
            </span>
          </summary>
          <div class="strength-body">
            <p>
              ${msg('How much this one study tells us, rated with the GRADE method:', {
                id: 'card.strength-intro',
                desc: 'Intro to the list of reasons for the evidence rating. GRADE is a method name; keep it.',
              })}
            </p>
            <ul>
              ${strength.reasons.map((reason) => html`<li>${reasonText(reason)}</li>`)}
            </ul>
          </div>
        </details>

        <dl part="facts" class="facts">
          ${this.fact(msg('Study design', { id: 'card.design', desc: 'Label of the study design row.' }), html`<ul class="points">
            ${designPoints(study.design).map((point) => html`<li>${point}</li>`)}
          </ul>`)}
          ${this.fact(
            msg('Participants', { id: 'card.participants', desc: 'Label of the number of people in the study.' }),
            participantCount(study.participants),
          )}
          ${this.fact(msg('Dose', { id: 'card.dose', desc: 'Label of the ketamine dose row.' }), localize(study.dose))}
          ${this.fact(msg('How it was given', { id: 'card.route', desc: 'Label of the route of administration row.' }), routeLabel(study.route))}
          ${this.fact(
            msg('First measured', { id: 'card.first-measured', desc: 'Label: when the effect was first measured.' }),
            localize(study.firstMeasured) ?? notInSummary(),
          )}
          ${this.fact(
            msg('Follow-up', { id: 'card.follow-up', desc: 'Label: how long people were followed after treatment.' }),
            localize(study.followUp) ?? notInSummary(),
          )}
          ${this.fact(
            msg('Side effects', { id: 'card.side-effects', desc: 'Label of the notable side effects row.' }),
            localize(study.sideEffects) ?? notInSummary(),
          )}
          ${this.fact(msg('Limitations', { id: 'card.limitations', desc: 'Label of the study limitations row.' }), localize(study.limitations))}
        </dl>

        ${footer(html`
          <p part="citation" class="citation" dir="auto">
            ${sentence(study.citation.authors)} ${sentence(study.citation.title)} <cite>${study.citation.journal}</cite>.
            ${study.citation.year}${study.citation.details ? `;${study.citation.details}` : ''}.
          </p>
          ${sourceLinks(study.citation, () =>
            msg('Study website', { id: 'link.website', desc: 'Link to a clinic-supplied study page.' }),
          )}
        `)}
      </article>
    `;
  }

  private fact(label: string, value: TemplateResult | string): TemplateResult {
    return html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
  }

}

const missingStudy = (): ContentIssue => ({
  path: 'study',
  expected: msg('a built-in study id, or a study as JSON in a <script type="application/json"> child', {
    id: 'error.expected.study',
    desc: 'Error panel: no study was given. Keep the HTML code as is.',
  }),
  found: msg('nothing', { id: 'error.found.nothing', desc: 'Error panel: nothing was given.' }),
});
