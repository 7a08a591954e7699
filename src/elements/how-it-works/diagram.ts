import { svg, type SVGTemplateResult, type TemplateResult, html } from 'lit';
import { formatNumber } from '../../localization/format.js';

/*
 * The diagram of the steps, drawn as inline SVG from their short labels: a
 * row (wide containers, print) and a column (narrow containers), of which CSS
 * shows one. Both are aria-hidden: the ordered list of steps is the text
 * equivalent. In right-to-left languages the layout mirrors (the first step
 * on the right, arrows pointing left) while the text itself is not flipped.
 * Colours are CSS classes on the widget's tokens, so dark mode, forced
 * colours and print apply.
 */

const R = 26;
const GAP = 6;
const HEAD = 8;

/** A straight arrow from (x1, y1) to (x2, y2), its head at the end; only horizontal or vertical. */
function arrow(x1: number, y1: number, x2: number, y2: number): SVGTemplateResult {
  const dx = Math.sign(x2 - x1);
  const dy = Math.sign(y2 - y1);
  // The head's two wings sit behind the tip, across the arrow's direction.
  const bx = x2 - dx * HEAD;
  const by = y2 - dy * HEAD;
  return svg`<g class="arrow">
    <path d="M${x1} ${y1} L${x2} ${y2}"></path>
    <path d="M${bx - dy * 6} ${by - dx * 6} L${x2} ${y2} L${bx + dy * 6} ${by + dx * 6}"></path>
  </g>`;
}

function node(cx: number, cy: number, n: number): SVGTemplateResult {
  return svg`<circle class="node" cx=${cx} cy=${cy} r=${R}></circle>
    <text class="number" x=${cx} y=${cy} text-anchor="middle" dominant-baseline="central">${formatNumber(n)}</text>`;
}

const ROW_STEP = 130;
const ROW_LINE = 13;

/** A row label in lines of about ROW_LINE characters, broken at spaces (SVG text does not wrap). */
function lines(label: string): string[] {
  const out: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = out.length - 1;
    if (last >= 0 && out[last]!.length + 1 + word.length <= ROW_LINE) out[last] += ` ${word}`;
    else out.push(word);
  }
  return out;
}

function row(labels: readonly string[], rtl: boolean): SVGTemplateResult {
  const last = labels.length - 1;
  const x = (i: number) => ROW_STEP / 2 + (rtl ? last - i : i) * ROW_STEP;
  const cy = R + 4;
  return svg`${labels.map(
    (label, i) => svg`<g class="step">
      ${node(x(i), cy, i + 1)}
      <text class="label" x=${x(i)} y=${cy + R + 22} text-anchor="middle">
        ${lines(label).map((line, l) => svg`<tspan x=${x(i)} dy=${l ? '1.2em' : 0}>${line}</tspan>`)}
      </text>
      ${i < last ? arrow(x(i) + (rtl ? -1 : 1) * (R + GAP), cy, x(i + 1) - (rtl ? -1 : 1) * (R + GAP), cy) : ''}
    </g>`,
  )}`;
}

const COLUMN_STEP = 84;
const COLUMN_WIDTH = 300;

function column(labels: readonly string[], rtl: boolean): SVGTemplateResult {
  const cx = rtl ? COLUMN_WIDTH - R - 4 : R + 4;
  // With the SVG's direction set, text-anchor "start" is the right edge in right-to-left text.
  const tx = rtl ? cx - R - 14 : cx + R + 14;
  const y = (i: number) => R + 4 + i * COLUMN_STEP;
  return svg`${labels.map(
    (label, i) => svg`<g class="step">
      ${node(cx, y(i), i + 1)}
      <text class="label" x=${tx} y=${y(i)} text-anchor="start" dominant-baseline="central">${label}</text>
      ${i < labels.length - 1 ? arrow(cx, y(i) + R + GAP, cx, y(i + 1) - R - GAP) : ''}
    </g>`,
  )}`;
}

/** Both layouts of the diagram; `labels` are the steps' short names in order. */
export function diagram(labels: readonly string[], rtl: boolean): TemplateResult {
  const dir = rtl ? 'rtl' : 'ltr';
  const rowHeight = 2 * R + 4 + 22 + 2 * 18 + 8;
  const columnHeight = labels.length * COLUMN_STEP - COLUMN_STEP + 2 * R + 8;
  return html`<div part="diagram" class="diagram">
    <svg
      class="row"
      viewBox="0 0 ${labels.length * ROW_STEP} ${rowHeight}"
      direction=${dir}
      aria-hidden="true"
      focusable="false"
    >
      ${row(labels, rtl)}
    </svg>
    <svg
      class="column"
      viewBox="0 0 ${COLUMN_WIDTH} ${columnHeight}"
      direction=${dir}
      aria-hidden="true"
      focusable="false"
    >
      ${column(labels, rtl)}
    </svg>
  </div>`;
}
