import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MessageGroup } from '../../generated/messages/loaders.js';
import { KetamineElement, loadingPlaceholder } from '../../internal/ketamine-element.js';
import { localize } from '../../internal/localized-text.js';
import { sourceLinks } from '../../internal/source-links.js';
import { footer } from '../../internal/widget-footer.js';
import { formatNumber } from '../../localization/format.js';
import { source } from '../../content/sources.js';
import {
  CELLS,
  CRITERION_IDS,
  CRITERION_LABELS,
  THERAPY_IDS,
  THERAPY_NAMES,
  isCriterionId,
  isTherapyId,
  notCovered,
} from './therapies.js';
import type { Comparison, ComparisonCell, ComparisonInput } from './comparison.schema.js';
import { builtInKey, clinicKey, numberFootnotes, refAnchor, sourceAnchor, type FootnoteKey } from './footnotes.js';
import { therapyComparisonStyles } from './therapy-comparison.styles.js';

const NO_ADDITIONS: Comparison = {};

interface Column {
  id: string;
  name: string;
}
interface Row {
  id: string;
  label: string;
}
interface Cell {
  /** `undefined`: the sources do not cover this question. */
  text: string | undefined;
  sources: FootnoteKey[];
}
interface Model {
  columns: Column[];
  rows: Row[];
  /** `grid[row][column]`. */
  grid: Cell[][];
  numbers: Map<FootnoteKey, number>;
}

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
 * twice; printing always uses the full table.
 *
 * @summary A cited, plain-language comparison of ketamine with other anxiety treatments.
 *
 * @tagname ketamine-therapy-comparison
 *
 * @event ketamine-error - The clinic-supplied additions are invalid. `detail.issues` lists each problem as `{ path, expected, found }`.
 *
 * @slot - Optional `<script type="application/json">` with clinic additions (`{ therapies, criteria, sources }`). Never shown.
 *
 * @csspart base - The whole comparison.
 * @csspart intro - The note above the table on footnotes and uncovered questions.
 * @csspart scroller - The scrollable, focusable region around the table.
 * @csspart table - The table.
 * @csspart caption - The table caption.
 * @csspart column-header - A therapy's column heading.
 * @csspart row-header - A question's row heading.
 * @csspart cell - A table cell, or an answer in a card.
 * @csspart highlighted - The highlighted therapy's column heading, cells and card.
 * @csspart marker - The "Highlighted" label of the highlighted therapy.
 * @csspart not-covered - The "Not covered by our sources" text.
 * @csspart footnote - A numbered footnote link.
 * @csspart cards - The card layout used in narrow containers.
 * @csspart card - One therapy's card.
 * @csspart card-heading - A card's heading.
 * @csspart footer - Sources, disclaimer and review date.
 * @csspart sources - The numbered source list.
 * @csspart source - One source in the list.
 * @csspart link - The DOI, PubMed and web links of a source.
 * @csspart disclaimer - The medical disclaimer.
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
  static override styles = [...KetamineElement.styles, therapyComparisonStyles];
  protected static override messageGroup: MessageGroup = 'therapy-comparison';
  static override properties: PropertyDeclarations = {
    therapies: {},
    criteria: {},
    highlight: {},
    additions: { attribute: false },
    clinic: { state: true, attribute: false },
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
  /** A therapy id whose column is emphasised (heavier border and a "Highlighted" label). */
  declare highlight: string | undefined;
  /**
   * Clinic additions as an object (`{ therapies, criteria, sources }`).
   * Without it, the widget reads an inline `<script type="application/json">` child.
   */
  declare additions: ComparisonInput | undefined;
  /** Validated clinic additions; `undefined` until loaded. */
  private declare clinic: Comparison | undefined;

  private columnIds: string[] = [];
  private rowIds: string[] = [];
  private highlighted: string | undefined;

  protected errorTitle(): string {
    return msg('This comparison table could not be shown', {
      id: 'comparison.error-title',
      desc: 'Title of the error panel shown instead of the comparison table when its content is invalid.',
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('additions')) void this.loadAdditions();
    if (
      this.clinic &&
      ((changed as PropertyValues).has('clinic') || changed.has('therapies') || changed.has('criteria') || changed.has('highlight'))
    ) {
      this.resolveSelection(this.clinic);
    }
  }

  protected jsonChildChanged(): void {
    if (this.additions == null) void this.loadAdditions();
  }

  /** clinic data → validation → state; the template only ever sees valid data. */
  private async loadAdditions(): Promise<void> {
    await this.checkClinicContent(loadComparisonSchema, this.additions ?? undefined, (checked) => {
      if (checked !== undefined && !checked.ok) {
        this.reportIssues(checked.issues);
        return;
      }
      this.clearIssues();
      this.clinic = checked === undefined ? NO_ADDITIONS : checked.value;
    });
  }

  /** Reads the `therapies`, `criteria` and `highlight` attributes against the ids available now. */
  private resolveSelection(clinic: Comparison): void {
    const therapyIds = [...THERAPY_IDS, ...(clinic.therapies ?? []).map((t) => t.id)];
    const criterionIds = [...CRITERION_IDS, ...(clinic.criteria ?? []).map((c) => c.id)];
    this.columnIds = this.pick('therapies', this.therapies, therapyIds);
    this.rowIds = this.pick('criteria', this.criteria, criterionIds);
    const highlight = this.highlight?.trim() || undefined;
    if (highlight && !therapyIds.includes(highlight)) {
      this.warnInvalidAttribute('highlight', highlight, therapyIds);
      this.highlighted = undefined;
    } else {
      this.highlighted = highlight;
    }
  }

  /**
   * The ids listed in an attribute, in its order, without unknown ids (one
   * warning names them and the allowed ids). Empty, or nothing valid: all ids.
   */
  private pick(attribute: string, value: string | undefined, allowed: string[]): string[] {
    const wanted = (value ?? '').split(/\s+/).filter(Boolean);
    if (wanted.length === 0) return allowed;
    const known = [...new Set(wanted.filter((id) => allowed.includes(id)))];
    const unknown = wanted.filter((id) => !allowed.includes(id));
    if (unknown.length > 0) {
      this.warnInvalidAttribute(
        attribute,
        value,
        allowed,
        known.length === 0
          ? undefined
          : `<${this.localName}>: ${attribute}="${value}" has unknown ids ${unknown.map((id) => `"${id}"`).join(', ')}; ` +
              `use any of ${allowed.map((a) => `"${a}"`).join(', ')}. The unknown ids are ignored.`,
      );
    }
    return known.length > 0 ? known : allowed;
  }

  /** The table in the current locale: headings, cell texts and footnote numbers. */
  private model(clinic: Comparison): Model {
    const clinicTherapies = new Map((clinic.therapies ?? []).map((t) => [t.id, t]));
    const clinicCriteria = new Map((clinic.criteria ?? []).map((c) => [c.id, c]));
    const columns = this.columnIds.map((id) => ({
      id,
      name: isTherapyId(id) ? THERAPY_NAMES[id]() : localize(clinicTherapies.get(id)!.name),
    }));
    const rows = this.rowIds.map((id) => ({
      id,
      label: isCriterionId(id) ? CRITERION_LABELS[id]() : localize(clinicCriteria.get(id)!.label),
    }));
    const fromClinic = (cell: ComparisonCell | undefined): Cell => ({
      text: cell ? localize(cell.text) : undefined,
      sources: (cell?.sources ?? []).map(clinicKey),
    });
    const cellAt = (therapyId: string, criterionId: string): Cell => {
      if (isTherapyId(therapyId) && isCriterionId(criterionId)) {
        const cell = CELLS[therapyId][criterionId];
        return { text: cell?.text(), sources: (cell?.sources ?? []).map(builtInKey) };
      }
      const therapyCells = clinicTherapies.get(therapyId)?.cells;
      if (therapyCells && Object.hasOwn(therapyCells, criterionId)) return fromClinic(therapyCells[criterionId]);
      const criterionCells = clinicCriteria.get(criterionId)?.cells;
      return fromClinic(criterionCells && Object.hasOwn(criterionCells, therapyId) ? criterionCells[therapyId] : undefined);
    };
    const grid = rows.map((row) => columns.map((column) => cellAt(column.id, row.id)));
    return { columns, rows, grid, numbers: numberFootnotes(grid) };
  }

  protected renderContent(): TemplateResult {
    if (!this.clinic) return loadingPlaceholder;
    const clinic = this.clinic;
    const model = this.model(clinic);
    const caption = msg('Anxiety treatments compared', {
      id: 'comparison.caption',
      desc: 'Caption (title) of the table comparing ketamine with other treatments for anxiety disorders.',
    });
    // A <section> (unnamed, so not a landmark) keeps the footer from being a page-level contentinfo landmark.
    return html`
      <section part="base" class="comparison panel" @click=${this.followInPageLink}>
        <p part="intro" class="intro">
          ${msg(
            'Small numbers link to the sources below. “Not covered by our sources” means the research we checked does not answer that question.',
            {
              id: 'comparison.intro',
              desc: 'Note above the comparison table. Quote the translation of "Not covered by our sources" exactly as in the table.',
            },
          )}
        </p>
        ${this.renderTable(model, caption)} ${this.renderCards(model, caption)}
        ${footer(this.renderSources(model.numbers, clinic))}
      </section>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The column count reaches the table's CSS through the CSSOM, not a style attribute (which
    // styleMap writes on first render): a Content-Security-Policy without 'unsafe-inline' blocks those.
    const table = this.renderRoot.querySelector<HTMLElement>('table[data-columns]');
    table?.style.setProperty('--_columns', table.dataset.columns ?? '');
  }

  private renderTable(model: Model, caption: string): TemplateResult {
    const firstMentions = new Set<number>();
    return html`
      <div part="scroller" class="scroller" role="region" tabindex="0" aria-labelledby="caption">
        <table part="table" data-columns=${model.columns.length}>
          <caption part="caption" id="caption">${caption}</caption>
          <thead>
            <tr>
              <td class="corner"></td>
              ${model.columns.map((column) => {
                const on = column.id === this.highlighted;
                return html`<th
                  scope="col"
                  part=${on ? 'column-header highlighted' : 'column-header'}
                  class=${on ? 'highlighted' : ''}
                  data-therapy=${column.id}
                  ?data-highlighted=${on}
                >
                  <span class="name">${column.name}</span>${on ? this.marker() : nothing}
                </th>`;
              })}
            </tr>
          </thead>
          <tbody>
            ${model.rows.map(
              (row, r) => html`<tr data-criterion=${row.id}>
                <th scope="row" part="row-header">${row.label}</th>
                ${model.columns.map((column, c) => {
                  const on = column.id === this.highlighted;
                  return html`<td
                    part=${on ? 'cell highlighted' : 'cell'}
                    class=${on ? 'highlighted' : ''}
                    data-therapy=${column.id}
                    ?data-highlighted=${on}
                  >
                    ${this.renderCell(model.grid[r]![c]!, model.numbers, 'table', firstMentions)}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderCards(model: Model, caption: string): TemplateResult {
    const level = Number(this.headingLevel);
    const firstMentions = new Set<number>();
    return html`
      <div part="cards" class="cards">
        <div class="cards-title" id="cards-title" role="heading" aria-level=${level}>${caption}</div>
        <ul class="card-list" role="list" aria-labelledby="cards-title">
          ${model.columns.map((column, c) => {
            const on = column.id === this.highlighted;
            return html`<li
              part=${on ? 'card highlighted' : 'card'}
              class=${on ? 'card highlighted' : 'card'}
              data-therapy=${column.id}
              ?data-highlighted=${on}
            >
              <div part="card-heading" class="card-heading" role="heading" aria-level=${Math.min(level + 1, 6)}>
                <span class="name">${column.name}</span>${on ? this.marker() : nothing}
              </div>
              <dl>
                ${model.rows.map(
                  (row, r) => html`<div class="fact" data-criterion=${row.id}>
                    <dt>${row.label}</dt>
                    <dd part="cell">${this.renderCell(model.grid[r]![c]!, model.numbers, 'cards', firstMentions)}</dd>
                  </div>`,
                )}
              </dl>
            </li>`;
          })}
        </ul>
      </div>
    `;
  }

  private marker(): TemplateResult {
    return html` <span part="marker" class="marker"
      >${msg('Highlighted', {
        id: 'comparison.highlighted',
        desc: 'Label on the column (or card) of the treatment the page wants to emphasise, e.g. the one this clinic offers.',
      })}</span
    >`;
  }

  /** A cell's text and its footnotes; the first mention of each source per view gets the anchor the source list links back to. */
  private renderCell(
    cell: Cell,
    numbers: Map<FootnoteKey, number>,
    view: 'table' | 'cards',
    firstMentions: Set<number>,
  ): TemplateResult {
    if (cell.text === undefined && cell.sources.length === 0) {
      return html`<span part="not-covered" class="not-covered">${notCovered()}</span>`;
    }
    // Ascending within a cell; new numbers in a cell are always higher than earlier ones, so order of first appearance holds.
    const refs = [...new Set(cell.sources.map((key) => numbers.get(key)!))].sort((a, b) => a - b);
    return html`${cell.text ?? notCovered()}${refs.length
      ? html`<sup class="refs"
          >${refs.map((n, i) => {
            const first = !firstMentions.has(n);
            firstMentions.add(n);
            return html`${i ? ', ' : ''}<a
                part="footnote"
                class="footnote"
                href="#${sourceAnchor(n)}"
                id=${first ? refAnchor(view, n) : nothing}
                data-source=${n}
                ><span aria-hidden="true">${formatNumber(n)}</span
                ><span class="visually-hidden"
                  >${msg(str`Source ${formatNumber(n)}`, {
                    id: 'comparison.footnote',
                    desc: 'Screen-reader text of a footnote link; the placeholder is the number of a source in the list below the table.',
                  })}</span
                ></a
              >`;
          })}</sup
        >`
      : nothing}`;
  }

  private renderSources(numbers: Map<FootnoteKey, number>, clinic: Comparison): TemplateResult {
    if (numbers.size === 0) return html``;
    const clinicSources = new Map((clinic.sources ?? []).map((s) => [s.id, s]));
    return html`
      <p class="sources-title" id="sources-title">
        ${msg('Sources', { id: 'comparison.sources', desc: 'Heading of the numbered list of sources under the table.' })}
      </p>
      <ol part="sources" class="source-list" aria-labelledby="sources-title">
        ${[...numbers].map(([key, n]) => {
          const [kind, id] = splitKey(key);
          let citation: string;
          let links: TemplateResult | typeof nothing;
          if (kind === 'builtin') {
            const cited = source(id as Parameters<typeof source>[0]);
            citation = cited.citation;
            links = sourceLinks(cited, websiteLabel);
          } else {
            const cited = clinicSources.get(id)!;
            citation = localize(cited.citation);
            links = sourceLinks({ url: cited.url }, websiteLabel);
          }
          return html`<li part="source" class="source" id=${sourceAnchor(n)} tabindex="-1" data-key=${key}>
            <span class="citation" dir="auto">${citation}</span> ${links}
            <a class="back" href="#${refAnchor('table', n)}" data-ref=${n}
              ><span class="back-arrow" aria-hidden="true">↩</span
              ><span class="visually-hidden"
                >${msg(str`Back to where source ${formatNumber(n)} is cited`, {
                  id: 'comparison.back-to-ref',
                  desc: 'Screen-reader text of the link from a source back to its first footnote in the table; the placeholder is the source number.',
                })}</span
              ></a
            >
          </li>`;
        })}
      </ol>
    `;
  }

  /**
   * `#` links cannot reach ids inside a shadow root by themselves: this moves
   * to the target (a source, or back to the footnote in whichever view is
   * shown) and puts keyboard focus there.
   */
  private followInPageLink(event: MouseEvent): void {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]') as HTMLAnchorElement | null;
    if (!link) return;
    const root = this.renderRoot as ShadowRoot;
    const back = link.dataset['ref'];
    const target = back
      ? ([refAnchor('table', Number(back)), refAnchor('cards', Number(back))]
          .map((id) => root.getElementById(id))
          .find((el) => el && el.getClientRects().length > 0) ?? null)
      : root.getElementById(link.getAttribute('href')!.slice(1));
    if (!(target instanceof HTMLElement)) return;
    event.preventDefault();
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'center' });
    target.focus({ preventScroll: true });
  }
}

function splitKey(key: FootnoteKey): ['builtin' | 'clinic', string] {
  const at = key.indexOf(':');
  return [key.slice(0, at) as 'builtin' | 'clinic', key.slice(at + 1)];
}

const websiteLabel = (): string =>
  msg('Source website', { id: 'comparison.source-website', desc: 'Link to the web page of a clinic-supplied source.' });
