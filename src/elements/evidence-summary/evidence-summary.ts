import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { KetamineElement, renderState } from '../../internal/ketamine-element.js';
import { ClinicContentController } from '../../internal/controllers/clinic-content.js';
import { footer } from '../../internal/widget-footer.js';
import { glossary } from '../../internal/glossary.js';
import { getLocale } from '../../localization/localization.js';
import { textDirection } from '../../localization/locales.js';
import { CLAIMS, CONDITIONS, CONDITION_TEXTS, HARMS, MEASURES, SUMMARY_SOURCES, type Condition } from './content.js';
import type { Audit, AuditInput } from './evidence-summary.schema.js';
import { auditSection, claimsSection, conditionSection, dataTable, sourceList } from './summary-template.js';
import { forestPanel } from './forest-plot.js';
import { evidenceSummaryStyles } from './evidence-summary.styles.js';

/** The schema (and zod with it) loads only when a clinic supplies an audit. */
const loadSchema = () => import('./evidence-summary.schema.js').then((m) => m.auditSchema);

/**
 * Does ketamine work, overall? What the systematic reviews and meta-analyses
 * found for social anxiety, generalized anxiety and PTSD, in plain words:
 * what the pooled trials found, how many trials and people they rest on, and
 * how sure we can be, negative and uncertain results as plainly as positive
 * ones. The first view is short: under the intro, one line on side effects
 * (the reviews are about benefit); per condition, a one-line finding and how
 * sure we can be; the longer text, the chart, the claims and the clinic audit
 * are each one native disclosure away (all open with `expanded` and in print).
 * A forest-plot style chart (inline SVG, one axis per measure, each
 * with its "no difference" line and the sides that favour ketamine or the
 * comparison) shows the pooled estimates with their 95% intervals; its rows
 * are keyboard-focusable, and the same numbers come as a real table. Links
 * go to the evidence cards of single trials when they are on the same page.
 *
 * A clinic may add its own audit (inline JSON or the `audit` property). It is
 * shown in a section of its own, marked as the clinic's, and never drawn on
 * the chart or pooled with the published results.
 *
 * @summary A plain-language summary of the pooled evidence, with an accessible forest plot.
 *
 * @tagname ketamine-evidence-summary
 *
 * @event {CustomEvent<KetamineErrorDetail>} ketamine-error - The clinic audit is invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
 * @event {CustomEvent<KetamineToggleDetail>} ketamine-toggle - The reader opened or closed a disclosure (a click, Enter or Space on its summary; not `expanded`, print or a footnote opening it). `detail` is `{ widget, section, open }`: the tag name, the disclosure's stable id and whether it is now open. Ids: a condition's id (`sad`, `gad`, `ptsd`…), `chart`, `claims`, `audit`, `sources`, `glossary`.
 *
 * @slot - Optional `<script type="application/json">` with the clinic's own audit (`{ title, text, numbers, sources }`). Never shown.
 * @slot actions - The clinic's own link or button ("Book a consultation"), shown after the content and before the sources and disclaimer, styled by the page. Takes no room when empty.
 *
 * @csspart base - The whole summary.
 * @csspart heading - The summary's heading.
 * @csspart condition - One condition's plain-language summary.
 * @csspart condition-heading - A condition's heading.
 * @csspart finding - A condition's one-line finding, always shown.
 * @csspart certainty - "How sure can we be?" under a condition, always shown.
 * @csspart details - A disclosure (native `details`): a condition's longer text, the chart, the claims or the audit.
 * @csspart details-toggle - The `summary` that opens or closes a disclosure ("More about these results", "See the chart"…).
 * @csspart trials - Links to the single-trial evidence cards on the same page.
 * @csspart chart - The chart: its text summary, its panels and its table.
 * @csspart measure - One panel of the chart (one measure, one axis).
 * @csspart estimate - One row of the chart: a pooled estimate and its 95% interval (focusable).
 * @csspart table-toggle - The button that shows or hides the table of numbers.
 * @csspart table - The table of numbers.
 * @csspart claims - The box of "What you may have read": the source article's claims beside the evidence.
 * @csspart audit - The box of the clinic's own audit (its title opens it).
 * @csspart glossary - "What the words mean": a disclosure defining the research words the widget uses (absent when it uses none).
 * @csspart actions - The wrapper of the `actions` slot (hidden while the slot is empty).
 * @csspart footer - Sources, disclaimer and review date.
 * @csspart sources-toggle - The "Sources (N)" summary that opens the list of sources.
 * @csspart sources - The list of sources.
 * @csspart source - One source in the list.
 * @csspart link - The DOI, PubMed and web links of a source.
 * @csspart disclaimer - The medical disclaimer.
 * @csspart reviewed - The last-reviewed date.
 * @csspart error - The error panel shown instead of the summary when the audit is invalid.
 *
 * @cssprop [--ketamine-font-family=inherit] - Font of the widget; inherits the page's font by default.
 * @cssprop [--ketamine-font-size=1rem] - Base font size.
 * @cssprop [--ketamine-color-text=#1d2a30] - Text colour, and the "no difference" line.
 * @cssprop [--ketamine-color-muted=#4b5b62] - Secondary text colour and the axis.
 * @cssprop [--ketamine-color-background=#ffffff] - Background.
 * @cssprop [--ketamine-color-surface=#f1f6f6] - Background of the chart and the claims.
 * @cssprop [--ketamine-color-border=#b9c8cb] - Border colour.
 * @cssprop [--ketamine-color-accent=#0b6e69] - The chart's dots and intervals.
 * @cssprop [--ketamine-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--ketamine-color-link=#0a5689] - Link colour.
 * @cssprop [--ketamine-color-error=#b3261e] - Error panel colour.
 * @cssprop [--ketamine-focus-color=#1a56db] - Keyboard focus ring.
 * @cssprop [--ketamine-radius=0.75rem] - Corner radius.
 * @cssprop [--ketamine-space=1rem] - Base spacing.
 */
export class KetamineEvidenceSummary extends KetamineElement {
  static override styles = [...KetamineElement.styles, evidenceSummaryStyles];
  protected static override messageGroup: MessageGroup = 'evidence-summary';
  static override properties: PropertyDeclarations = {
    conditions: {},
    claims: { type: Boolean },
    audit: { attribute: false },
    tableShown: { state: true },
  };

  /** Space-separated conditions to show, in order: `sad`, `gad`, `ptsd`. Default: all three. */
  declare conditions: string | undefined;
  /** Adds "What you may have read": the source article's three claims beside what the evidence supports. */
  declare claims: boolean;
  /**
   * The clinic's own audit (`{ title, text, numbers, sources }`), shown beside the published results,
   * never pooled with them. Without it, the widget reads an inline `<script type="application/json">` child.
   */
  declare audit: AuditInput | undefined;
  declare private tableShown: boolean;

  private readonly content = new ClinicContentController(this, {
    schema: loadSchema,
    input: () => this.audit,
    pick: (audit) => (audit == null ? undefined : { clinic: audit }),
    absent: () => ({ ok: true, value: undefined }),
    valid: (audit: Audit): Audit | undefined => audit,
  });

  constructor() {
    super();
    this.claims = false;
    this.tableShown = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // `expanded` shows the chart's table too; the toggle still hides it.
    if (changed.has('expanded')) this.tableShown = this.expanded;
  }

  protected renderContent(): TemplateResult {
    return renderState(this.content.state, errorTitle, (audit) => this.renderSummary(audit));
  }

  /** The chosen conditions; unknown names are ignored, with a warning. */
  private chosen(): Condition[] {
    const words = (this.conditions ?? '').split(/\s+/).filter(Boolean);
    const known = words.filter((w): w is Condition => (CONDITIONS as readonly string[]).includes(w));
    if (known.length < words.length) this.warnings.warn('conditions', this.conditions, CONDITIONS);
    return known.length ? [...new Set(known)] : [...CONDITIONS];
  }

  private renderSummary(audit: Audit | undefined): TemplateResult {
    const chosen = this.chosen();
    const level = Number(this.headingLevel);
    const sub = Math.min(level + 1, 6);
    const rtl = textDirection(getLocale()) === 'rtl';
    const measures = MEASURES.map((m) => ({ m, rows: m.rows.filter((r) => chosen.includes(r.condition)) })).filter(
      ({ rows }) => rows.length > 0,
    );
    const sources = [...new Set([...SUMMARY_SOURCES, ...(this.claims ? CLAIMS.flatMap((c) => c.sources) : [])])];
    return html`<section part="base" class="summary panel" aria-labelledby="heading">
      <div part="heading" class="heading" id="heading" role="heading" aria-level=${level}>
        ${msg('Does ketamine work? What reviews of trials found', {
          id: 'evidence-summary.heading',
          desc: 'Heading of the evidence summary widget. "Reviews of trials": some reviews rest on only 2 or 3 small trials, so do not write "many".',
        })}
      </div>
      <p class="intro">
        ${msg(
          'Some reviews combine the results of several trials. That tells us more than one trial alone. Here is what the reviews found.',
          { id: 'evidence-summary.intro', desc: 'Text under the heading of the evidence summary.' },
        )}
      </p>
      <p class="harms">${HARMS()}</p>
      ${chosen
        .map((id) => CONDITION_TEXTS.find((c) => c.id === id)!)
        .map((c) => conditionSection(this, c, sub, this.expanded))}
      <details part="details" class="more chart-details" data-section="chart" ?open=${this.expanded}>
        <summary part="details-toggle" class="more-toggle">
          ${msg('See the chart', {
            id: 'evidence-summary.see-chart',
            desc: 'Button (a disclosure) that shows the chart of the combined results, with its table of numbers.',
          })}
        </summary>
        <figure part="chart" class="chart" aria-labelledby="chart-title">
          <figcaption>
            <span class="chart-title" id="chart-title" role="heading" aria-level=${sub}>
              ${msg('The combined results in a chart', { id: 'evidence-summary.chart-title', desc: 'Heading of the chart.' })}
            </span>
            <span class="chart-help"> ${chartHelp()} </span>
          </figcaption>
          ${measures.map(({ m, rows }) => forestPanel(m, rows, rtl))}
          <button
            part="table-toggle"
            class="toggle"
            type="button"
            aria-expanded=${this.tableShown ? 'true' : 'false'}
            aria-controls="data"
            @click=${() => (this.tableShown = !this.tableShown)}
          >
            ${
              this.tableShown
                ? msg('Hide the table', { id: 'evidence-summary.hide-table', desc: 'Button that hides the table.' })
                : msg('Show the numbers as a table', {
                    id: 'evidence-summary.show-table',
                    desc: 'Button that shows the chart’s numbers as a table.',
                  })
            }
          </button>
          ${dataTable(measures, !this.tableShown)}
        </figure>
      </details>
      ${this.claims ? claimsSection(this.expanded) : nothing} ${audit ? auditSection(audit, this.expanded) : nothing}
      ${glossary(
        [CONDITION_TEXTS.filter((c) => chosen.includes(c.id)), chartHelp, measures, this.claims ? CLAIMS : [], audit],
        this.expanded,
      )}
      ${footer(this, sourceList(sources), sources.length)}
    </section>`;
  }
}

/** How to read the chart; the glossary reads it too, for the 95% range. */
const chartHelp = (): string =>
  msg(
    'Each row is one combined result. The dot is the best estimate. The line is the range the true result is likely in (95%). A hollow dot means the line reaches or crosses the dashed line of no difference.',
    { id: 'evidence-summary.chart-help', desc: 'How to read the chart, under its heading.' },
  );

const errorTitle = (): string =>
  msg('This evidence summary could not be shown', {
    id: 'evidence-summary.error-title',
    desc: 'Title of the error panel shown instead of the evidence summary when the clinic audit is invalid.',
  });
