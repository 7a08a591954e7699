import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, perLocale } from '../../localization/format.js';
import type { Estimate, Measure } from './content.js';

/*
 * A forest plot drawn as HTML rows, each with a small inline SVG: the dot is the pooled estimate, the line
 * its 95% interval, the dashed line "no difference". Positions are percentages of the track, so the SVGs
 * need no viewBox and the dots stay round at any width. Each measure has its own axis: the reviews use
 * different measures, which never share one numeric scale. Their sign conventions differ too, so a review that
 * reported ketamine's benefit below 0 is shown with the sign flipped (and its published numbers beside it):
 * in every panel "Favours ketamine" is at the inline end (right, or left when the page runs right to left).
 */

/** Two decimals, as the reviews report them ("0.20" / "0,20"). */
const decimals = perLocale((locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }));
const formatDecimal = (value: number): string => decimals().format(value);

/** Where a value lies on the measure's axis, in percent from the left (mirrored right to left). */
function position(measure: Measure, rtl: boolean): (value: number) => string {
  const t = (v: number) => (measure.log ? Math.log10(v) : v);
  const start = t(measure.min);
  const span = t(measure.max) - start;
  return (value) => {
    const p = 6 + (88 * (t(value) - start)) / span;
    return `${(rtl ? 100 - p : p).toFixed(2)}%`;
  };
}

/** A row as shown: the published numbers, or, for a flipped measure, the same difference with the sign flipped. */
export const shown = (m: Measure, e: Estimate): Estimate =>
  m.flipped ? { ...e, value: -e.value, low: -e.high, high: -e.low } : e;

/** Whether the whole interval lies on ketamine's side of "no difference" (above it, as shown). */
export const favoursKetamine = (m: Measure, e: Estimate): boolean => shown(m, e).low > m.none;

export const estimateText = (e: Estimate): string =>
  msg(str`${formatDecimal(e.value)} (${formatDecimal(e.low)} to ${formatDecimal(e.high)})`, {
    id: 'evidence-summary.estimate',
    desc: 'A combined result and, in brackets, its 95% range (low to high). The placeholders are formatted numbers.',
  });

/** For a flipped measure, the numbers as the review published them; nothing otherwise. */
export const reportedText = (m: Measure, e: Estimate): string | undefined =>
  m.flipped
    ? msg(str`As the review reported it: ${estimateText(e)}`, {
        id: 'evidence-summary.reported',
        desc: 'Under a chart row or in the table, for a result shown with its sign flipped: the numbers exactly as the review published them (below 0). The placeholder is the result and its range.',
      })
    : undefined;

/** The note of a flipped panel: why its signs differ from the review's. */
export const flippedNote = (): string =>
  msg(
    'The review gave these results as minus numbers. We show them as plus numbers, so that ketamine’s side is the same in every panel.',
    {
      id: 'evidence-summary.flipped',
      desc: 'Note on a chart panel whose numbers are shown with the sign flipped (the review reported ketamine’s benefit as negative numbers, below 0; we show them as positive numbers).',
    },
  );

export const reading = (m: Measure, e: Estimate): string =>
  favoursKetamine(m, e)
    ? msg('The whole range favours ketamine.', {
        id: 'evidence-summary.reading.clear',
        desc: 'Under a chart row: the 95% range lies entirely on the side that favours ketamine.',
      })
    : msg('The range reaches or crosses the no-difference line, so there may be no real difference.', {
        id: 'evidence-summary.reading.unclear',
        desc: 'Under a chart row: the 95% range touches or crosses the line of no difference.',
      });

/** The axis sides, in every panel: the comparison at the inline start (the low end), ketamine at the inline end. */
const favoursLabels = (): [string, string] => [
  msg('Favours the comparison', {
    id: 'evidence-summary.favours-comparison',
    desc: 'Axis side label: the placebo or other treatment did better.',
  }),
  msg('Favours ketamine', { id: 'evidence-summary.favours-ketamine', desc: 'Axis side label.' }),
];

/** One measure's panel: its title, what it measures, its rows and its own axis. */
export function forestPanel(measure: Measure, rows: readonly Estimate[], rtl: boolean): TemplateResult {
  const x = position(measure, rtl);
  const none = x(measure.none);
  const [startSide, endSide] = favoursLabels();
  return html`<div part="measure" class="measure" data-measure=${measure.id}>
    <p class="measure-title">${measure.title()}</p>
    <p class="explain">${measure.explain()}</p>
    ${measure.note ? html`<p class="measure-note">${measure.note()}</p>` : nothing}
    ${measure.flipped ? html`<p class="measure-note flipped">${flippedNote()}</p>` : nothing}
    <ul class="rows" role="list">
      ${rows.map((published) => {
        const row = shown(measure, published);
        const clear = favoursKetamine(measure, published);
        const reported = reportedText(measure, published);
        return html`<li part="estimate" class="row" tabindex="0">
          <span class="label">${row.label()}</span>
          <svg class="track" aria-hidden="true" focusable="false">
            <line class="none" x1=${none} x2=${none} y1="0" y2="100%"></line>
            <line class="ci" x1=${x(row.low)} x2=${x(row.high)} y1="50%" y2="50%"></line>
            <circle class=${clear ? 'dot' : 'dot open'} cx=${x(row.value)} cy="50%" r="6"></circle>
          </svg>
          <bdi class="value">${estimateText(row)}</bdi>
          <span class="reading">${reading(measure, published)}</span>
          ${reported ? html`<span class="note reported">${reported}</span>` : nothing}
          ${row.note ? html`<span class="note">${row.note()}</span>` : nothing}
        </li>`;
      })}
    </ul>
    <div class="row axis" aria-hidden="true">
      <svg class="track">
        <line class="none" x1=${none} x2=${none} y1="0" y2="8"></line>
        ${measure.ticks.map(
          (tick) =>
            svg`<line class="tick" x1=${x(tick)} x2=${x(tick)} y1="0" y2="6"></line>
              <text x=${x(tick)} y="20">${formatNumber(tick)}</text>`,
        )}
        <text class="none-label" x=${none} y="36">
          ${msg('no difference', { id: 'evidence-summary.no-difference', desc: 'Label of the no-difference line.' })}
        </text>
      </svg>
    </div>
    <div class="row">
      <p class="sides"><span>${startSide}</span><span>${endSide}</span></p>
    </div>
  </div>`;
}
