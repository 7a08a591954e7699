import { type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { iconArrayStyles } from '../../internal/icon-array.styles.js';
import { KetamineElement, renderState } from '../../internal/ketamine-element.js';
import { ClinicContentController, type Outcome } from '../../internal/controllers/clinic-content.js';
import { preview, type ContentIssue } from '../../schema/content-issue.js';
import { STUDIES, STUDY_IDS, isStudyId, type BuiltInStudy } from './studies.js';
import type { StudyInput } from './study.schema.js';
import { studyCard } from './study-card.js';
import { evidenceCardStyles } from './evidence-card.styles.js';

/** The schema (and zod with it) loads only when a clinic supplies content. */
const loadStudySchema = () => import('./study.schema.js').then((m) => m.studySchema);

/**
 * One clinical study of ketamine for an anxiety disorder or PTSD, in plain
 * language. The first view shows the condition, the headline, the main result
 * (null results as plainly as positive ones) and a rating of how sure we can be
 * of the result (adapted from GRADE; it rates the result, not the treatment).
 * "Study details" opens the design, who took part, the dose, how it was given,
 * timing, side effects, limitations and the glossary; "Sources (1)" opens the
 * full citation. All of it stays in the page (find-in-page and search engines
 * see it), `expanded` opens it from the start, and print shows it open.
 *
 * @summary A plain-language, cited summary of one clinical study.
 *
 * @tagname ketamine-evidence-card
 *
 * @event {CustomEvent<KetamineErrorDetail>} ketamine-error - The study id is unknown or the clinic-supplied study is invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
 * @event {CustomEvent<KetamineToggleDetail>} ketamine-toggle - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: `strength`, `study-details`, `sources`, `glossary`.
 *
 * @slot - Optional `<script type="application/json">` with a clinic-supplied study. Never shown.
 * @slot actions - The clinic's own link or button (e.g. "Book a consultation"), shown after the card's content and before the fine print, styled by the page. Takes no room when empty.
 *
 * @csspart base - The card.
 * @csspart header - Condition, headline and byline.
 * @csspart condition - The condition studied.
 * @csspart headline - The card's heading.
 * @csspart byline - First author and year.
 * @csspart outcome - The main result, with its icon arrays when the study reports how many people had an outcome.
 * @csspart icon-array - A comparison drawn as icon arrays (a `figure`): who, when and what was counted, one array per group, a legend in words and how sure the numbers are.
 * @csspart icon-array-group - One group's array and its words (e.g. "Ketamine: about 7 in 10"), the array's text equivalent.
 * @csspart details - The "Study details" disclosure (`details`) around the study facts and the glossary.
 * @csspart details-toggle - Its toggle (`summary`), "Study details".
 * @csspart facts - The list of study facts.
 * @csspart strength - The disclosure that explains the rating of how sure we can be of the result.
 * @csspart badge - The badge "How sure we can be of this result" with its level.
 * @csspart glossary - "What the words mean": a disclosure defining the research words the widget uses (absent when it uses none).
 * @csspart actions - The wrapper of the `actions` slot (hidden while the slot is empty).
 * @csspart footer - Citation, links, disclaimer and review date.
 * @csspart sources-toggle - The "Sources (1)" toggle (`summary`) that shows the citation.
 * @csspart citation - The full citation.
 * @csspart link - The DOI and PubMed links.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart reviewed - The last-reviewed date.
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
  static override styles = [...KetamineElement.styles, iconArrayStyles, evidenceCardStyles];
  protected static override messageGroup: MessageGroup = 'evidence-card';
  static override properties: PropertyDeclarations = {
    study: {},
    compact: { type: Boolean, reflect: true },
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
  private readonly content = new ClinicContentController(this, {
    schema: loadStudySchema,
    input: () => this.study,
    pick: pickStudy,
    absent: () => ({ ok: false, issues: () => [missingStudy()] }),
    valid:
      (study): (() => BuiltInStudy) =>
      () =>
        study,
  });

  constructor() {
    super();
    this.compact = false;
  }

  protected renderContent(): TemplateResult {
    return renderState(this.content.state, errorTitle, (study) => studyCard(study(), this));
  }
}

/** A built-in id wins; an object is validated; null, undefined and an empty or blank id mean the inline JSON child. */
function pickStudy(study: unknown): Outcome<() => BuiltInStudy> | { clinic: unknown } | undefined {
  if (typeof study === 'object' && study !== null) return { clinic: study };
  if (typeof study !== 'string' || study.trim() === '') return undefined;
  const id = study.trim();
  if (isStudyId(id)) return { ok: true, value: STUDIES[id] };
  return {
    ok: false,
    issues: () => [
      {
        path: 'study',
        expected: msg(str`a built-in study id: ${STUDY_IDS.join(', ')}`, {
          id: 'error.expected.study-id',
          desc: 'Error panel: the study attribute must be one of the built-in ids, which follow.',
        }),
        found: preview(id),
      },
    ],
  };
}

const errorTitle = (): string =>
  msg('This evidence card could not be shown', {
    id: 'evidence-card.error-title',
    desc: 'Title of the error panel shown instead of the card when its content is invalid.',
  });

const missingStudy = (): ContentIssue => ({
  path: 'study',
  expected: msg('a built-in study id, or a study as JSON in a <script type="application/json"> child', {
    id: 'error.expected.study',
    desc: 'Error panel: no study was given. Keep the HTML code as is.',
  }),
  found: msg('nothing', { id: 'error.found.nothing', desc: 'Error panel: nothing was given.' }),
});
