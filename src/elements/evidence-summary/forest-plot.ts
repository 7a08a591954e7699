import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, perLocale } from '../../localization/format.js';
import type { Estimate, Measure } from './content.js';

/*
 * A forest plot drawn as HTML rows, each with a small inline SVG: the dot is the pooled estimate, the line
 * its 95% interval, the dashed line "no difference". Positions are percentages of the track, so the SVGs
 * need no viewBox and the dots stay round at any width. Each measure has its own axis: the reviews use
 * different measures and sign conventions, which never share one numeric scale.
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

/** Whether the whole interval lies on ketamine's side of "no difference". */
export const favoursKetamine = (m: Measure, e: Estimate): boolean =>
  m.ketamineAbove ? e.low > m.none : e.high < m.none;

export const estimateText = (e: Estimate): string =>
  msg(str`${formatDecimal(e.value)} (${formatDecimal(e.low)} to ${formatDecimal(e.high)})`, {
    id: 'evidence-summary.estimate',
    desc: 'A pooled result and, in brackets, its 95% range (low to high). The placeholders are formatted numbers.',
  });

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

const favoursLabels = (m: Measure): [string, string] => {
  const ketamine = msg('Favours ketamine', { id: 'evidence-summary.favours-ketamine', desc: 'Axis side label.' });
  const comparison = msg('Favours the comparison', {
    id: 'evidence-summary.favours-comparison',
    desc: 'Axis side label: the placebo or other treatment did better.',
  });
  // The low end of the axis is at the inline start, in either direction.
  return m.ketamineAbove ? [comparison, ketamine] : [ketamine, comparison];
};

/** One measure's panel: its title, what it measures, its rows and its own axis. */
export function forestPanel(measure: Measure, rows: readonly Estimate[], rtl: boolean): TemplateResult {
  const x = position(measure, rtl);
  const none = x(measure.none);
  const [startSide, endSide] = favoursLabels(measure);
  return html`<div part="measure" class="measure" data-measure=${measure.id}>
    <p class="measure-title">${measure.title()}</p>
    <p class="explain">${measure.explain()}</p>
    <ul class="rows" role="list">
      ${rows.map((row) => {
        const clear = favoursKetamine(measure, row);
        return html`<li part="estimate" class="row" tabindex="0">
          <span class="label">${row.label()}</span>
          <svg class="track" aria-hidden="true" focusable="false">
            <line class="none" x1=${none} x2=${none} y1="0" y2="100%"></line>
            <line class="ci" x1=${x(row.low)} x2=${x(row.high)} y1="50%" y2="50%"></line>
            <circle class=${clear ? 'dot' : 'dot open'} cx=${x(row.value)} cy="50%" r="6"></circle>
          </svg>
          <bdi class="value">${estimateText(row)}</bdi>
          <span class="reading">${reading(measure, row)}</span>
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
