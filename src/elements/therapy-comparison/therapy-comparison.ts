import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { KetamineElement, renderState } from '../../internal/ketamine-element.js';
import { sourceListStyles } from '../../internal/source-list.styles.js';
import { ClinicContentController } from '../../internal/controllers/clinic-content.js';
import { footer } from '../../internal/widget-footer.js';
import { glossary } from '../../internal/glossary.js';
import { followInPageLink } from '../../internal/in-page-link.js';
import type { Comparison, ComparisonInput } from './comparison.schema.js';
import { comparisonModel, listedSources, questionsModel, select } from './comparison-model.js';
import { comparisonCards, comparisonSources, comparisonTable, questionCards } from './comparison-template.js';
import { refAnchor } from '../../internal/footnotes.js';
import { therapyComparisonStyles } from './therapy-comparison.styles.js';
import { questionsStyles } from './questions.styles.js';

const NO_ADDITIONS: Comparison = {};
/** What the rows are: the research topics (criteria), or patients' questions. */
type RowsLayout = 'criteria' | 'questions';
const ROWS_LAYOUTS: readonly RowsLayout[] = ['criteria', 'questions'];

/** The schema (and zod with it) loads only when a clinic supplies content. */
const loadComparisonSchema = () => import('./comparison.schema.js').then((m) => m.comparisonSchema);

/**
 * Ketamine compared with SSRIs, benzodiazepines and cognitive behavioral
 * therapy (CBT) for anxiety disorders, on how each works, how fast, how it is
 * given, how long benefit lasts, the evidence, the risks and the regulatory
 * status. Every claim carries a numbered footnote to its source; a question
 * our sources do not answer reads "Not covered by our sources". Clinics can
 * add their own columns and rows.
 *
 * Layout: one real `<table>` (caption, column and row headers) in a
 * keyboard-scrollable region. In a container narrower than 40rem a second
 * rendering takes over: one card per therapy (a heading and a `<dl>` of the
 * rows). A CSS container query shows exactly one of the two and sets the
 * other to `display: none`, so assistive technology never gets the content
 * twice; printing always uses the full table. To keep the narrow view short,
 * each card shows how fast the treatment works, its evidence and its side
 * effects and serious risks (when those rows are chosen; otherwise its first
 * row) and puts its other rows behind a
 * native disclosure, "More about <therapy>" (open with `expanded`). The
 * sources are behind "Sources (N)"; a footnote opens them, and a source's
 * back link opens the card again.
 *
 * With `rows="questions"` the rows are the questions patients ask, each
 * answered by the same sourced cells (see `rows`); in narrow containers
 * each question is a card, a native disclosure named by the question, so the
 * first view is the list of questions. Printed, this layout fits one page
 * (A4 or Letter, with the built-in content in English; longer languages and
 * clinic additions may need a second): each question followed by every
 * therapy's answer, in three columns of small type.
 *
 * @summary A cited, plain-language comparison of ketamine with other anxiety treatments.
 *
 * @tagname ketamine-therapy-comparison
 *
 * @event {CustomEvent<KetamineErrorDetail>} ketamine-error - The clinic-supplied additions are invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
 * @event {CustomEvent<KetamineToggleDetail>} ketamine-toggle - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a therapy's id on a narrow screen's card (`ketamine`, `ssri`, `benzodiazepine`, `cbt`, or the clinic's); with `rows="questions"`, a question's id instead (`how-soon`, `how-given`, `what-feel`, `how-sure`, `approved`, or the id of a criterion with a row of its own); `sources`, `glossary`.
 *
 * @slot - Optional `<script type="application/json">` with clinic additions (`{ therapies, criteria, sources }`). Never shown.
 * @slot actions - The clinic's own link or button ("Book a consultation"), shown after the comparison and before the sources and disclaimer, styled by the page. Takes no room when empty.
 *
 * @csspart base - The whole comparison.
 * @csspart intro - The note above the table on footnotes and uncovered questions.
 * @csspart scroller - The scrollable, focusable region around the table.
 * @csspart table - The table.
 * @csspart caption - The table caption.
 * @csspart column-header - A therapy's column heading.
 * @csspart row-header - A row's heading: a criterion, or with `rows="questions"` a patient's question.
 * @csspart cell - A table cell, or an answer in a card.
 * @csspart highlighted - The highlighted therapy's column heading, cells and card (with `rows="questions"`, its answers).
 * @csspart marker - The "Highlighted" label of the highlighted therapy.
 * @csspart not-covered - The "Not covered by our sources" text.
 * @csspart footnote - A numbered footnote link.
 * @csspart cards - The card layout used in narrow containers.
 * @csspart card - One therapy's card; with `rows="questions"`, one question's card.
 * @csspart card-heading - A therapy card's heading (question cards are named by their disclosure's summary).
 * @csspart details - A card's disclosure (native `details`) with the rows the card does not show first; with `rows="questions"`, the question's answers.
 * @csspart details-toggle - The `summary` of a card's disclosure: "More about <therapy>", or the question.
 * @csspart glossary - "What the words mean": a disclosure defining the research words the widget uses (absent when it uses none).
 * @csspart actions - The wrapper of the `actions` slot (hidden while the slot is empty).
 * @csspart footer - Sources, disclaimer and review date.
 * @csspart sources-toggle - The "Sources (N)" summary that opens the numbered source list.
 * @csspart sources - The numbered source list.
 * @csspart source - One source in the list.
 * @csspart link - The DOI, PubMed and web links of a source.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart reviewed - The last-reviewed date.
 * @csspart error - The error panel shown instead of the comparison when the input is invalid.
 *
 * @cssprop [--ketamine-font-family=inherit] - Font of the widget; inherits the page's font by default.
 * @cssprop [--ketamine-font-size=1rem] - Base font size.
 * @cssprop [--ketamine-color-text=#1d2a30] - Text colour.
 * @cssprop [--ketamine-color-muted=#4b5b62] - Secondary text colour.
 * @cssprop [--ketamine-color-background=#ffffff] - Background.
 * @cssprop [--ketamine-color-surface=#f1f6f6] - Background of the header row and cards.
 * @cssprop [--ketamine-color-border=#b9c8cb] - Border colour.
 * @cssprop [--ketamine-color-accent=#0b6e69] - Accent colour (highlighted column, marker).
 * @cssprop [--ketamine-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--ketamine-color-link=#0a5689] - Link colour.
 * @cssprop [--ketamine-color-error=#b3261e] - Error panel colour.
 * @cssprop [--ketamine-focus-color=#1a56db] - Keyboard focus ring.
 * @cssprop [--ketamine-radius=0.75rem] - Corner radius.
 * @cssprop [--ketamine-space=1rem] - Base spacing.
 * @cssprop [--ketamine-table-max-block-size=80vh] - Tallest the table region grows before it scrolls (its header row stays in view); `none` to never scroll vertically.
 */
export class KetamineTherapyComparison extends KetamineElement {
  static override styles = [...KetamineElement.styles, sourceListStyles, therapyComparisonStyles, questionsStyles];
  protected static override messageGroup: MessageGroup = 'therapy-comparison';
  static override properties: PropertyDeclarations = {
    therapies: {},
    criteria: {},
    rows: { reflect: true },
    highlight: {},
    additions: { attribute: false },
  };

  /**
   * Space-separated therapy ids choosing and ordering the columns, e.g.
   * `ketamine ssri`. Built-in ids: `ketamine`, `ssri`, `benzodiazepine`,
   * `cbt`, plus the ids of clinic therapies. Default: all, built-in first.
   */
  declare therapies: string | undefined;
  /**
   * Space-separated criterion ids choosing and ordering the rows. Built-in
   * ids: `mechanism`, `onset`, `administration`, `duration`, `evidence`,
   * `risks`, `regulation`, plus the ids of clinic rows. Default: all.
   */
  declare criteria: string | undefined;
  /**
   * What the rows are. `criteria` (default): one row per criterion, as above. `questions`: the questions
   * patients ask, in this order: "How soon might I feel better, and for how long?" (the `onset` and
   * `duration` cells, each under its criterion's name), "How is it given, and how often?" (`administration`),
   * "What might I feel, and what are the risks?" (`risks`), "What does the research show for anxiety, and how
   * strong is it?" (`evidence`), "Is it approved or recommended, and for which conditions?" (`regulation`).
   * Each answer is the same sourced cell text with the same footnotes. A criterion no question asks
   * (`mechanism`, and each clinic row) follows as a row of its own, under its own label. `criteria` still
   * chooses which criteria show: a question shows when all its criteria do; with only one of `onset` and
   * `duration`, that criterion shows in the question's place under its own label. In narrow containers each
   * question is a card that opens to the answers.
   */
  declare rows: RowsLayout;
  /** A therapy id whose column is emphasised (heavier border and a "Highlighted" label). */
  declare highlight: string | undefined;
  /**
   * Clinic additions as an object (`{ therapies, criteria, sources }`).
   * Without it, the widget reads an inline `<script type="application/json">` child.
   */
  declare additions: ComparisonInput | undefined;
  /** Clinic additions, validated; none given: no additions. */
  private readonly content = new ClinicContentController(this, {
    schema: loadComparisonSchema,
    input: () => this.additions,
    pick: (additions) => (additions == null ? undefined : { clinic: additions }),
    absent: () => ({ ok: true, value: NO_ADDITIONS }),
    valid: (additions: Comparison) => additions,
  });

  constructor() {
    super();
    this.rows = 'criteria';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('rows')) this.rows = this.warnings.check('rows', this.rows, ROWS_LAYOUTS, 'criteria');
  }

  protected renderContent(): TemplateResult {
    return renderState(this.content.state, errorTitle, (clinic) => this.renderComparison(clinic));
  }

  private renderComparison(clinic: Comparison): TemplateResult {
    const selection = select(clinic, this);
    for (const p of selection.problems) {
      this.warnings.warn(
        p.attribute,
        p.value,
        p.allowed,
        p.ignored &&
          `<${this.localName}>: ${p.attribute}="${p.value}" has unknown ids ${p.ignored.map((id) => `"${id}"`).join(', ')}; ` +
            `use any of ${p.allowed.map((a) => `"${a}"`).join(', ')}. The unknown ids are ignored.`,
      );
    }
    const byCriteria = comparisonModel(clinic, selection);
    const byQuestions = this.rows === 'questions' ? questionsModel(byCriteria) : undefined;
    const model = byQuestions ?? byCriteria;
    const caption = msg('Anxiety treatments compared', {
      id: 'comparison.caption',
      desc: 'Caption (title) of the table comparing ketamine with other treatments for anxiety disorders.',
    });
    const sources = listedSources(model.numbers, clinic);
    // A <section> (unnamed, so not a landmark) keeps the footer from being a page-level contentinfo landmark.
    return html`
      <section part="base" class="comparison panel" data-rows=${this.rows} @click=${this.followLink}>
        <p part="intro" class="intro">
          ${msg(
            'Small numbers link to the sources below. “Not covered by our sources” means the research we checked does not answer that question.',
            {
              id: 'comparison.intro',
              desc: 'Note above the comparison table. Quote the translation of "Not covered by our sources" exactly as in the table.',
            },
          )}
        </p>
        ${comparisonTable(model, caption, selection.highlighted)}
        ${
          byQuestions
            ? questionCards(byQuestions, caption, selection.highlighted, this.headingLevel, this.expanded)
            : comparisonCards(byCriteria, caption, selection.highlighted, this.headingLevel, this.expanded)
        }
        ${glossary(model, this.expanded)} ${footer(this, comparisonSources(sources), sources.length)}
      </section>
    `;
  }

  /**
   * Footnote links; a back link goes to the footnote in whichever view (table or cards) is shown,
   * opening the card's disclosure when the footnote is behind it.
   */
  private readonly followLink = (event: MouseEvent): void => {
    const root = this.renderRoot as ShadowRoot;
    followInPageLink(event, root, (link) => {
      const back = link.dataset['ref'];
      if (!back) return root.getElementById(link.getAttribute('href')!.slice(1));
      const cards = root.querySelector('.cards');
      const view = cards && getComputedStyle(cards).display !== 'none' ? 'cards' : 'table';
      return root.getElementById(refAnchor(view, Number(back)));
    });
  };
}

const errorTitle = (): string =>
  msg('This comparison table could not be shown', {
    id: 'comparison.error-title',
    desc: 'Title of the error panel shown instead of the comparison table when its content is invalid.',
  });
