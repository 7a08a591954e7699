import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { sourceLinks } from '../../internal/source-links.js';
import { formatNumber } from '../../localization/format.js';
import { notCovered } from './therapies.js';
import { refAnchor, sourceAnchor, type FootnoteKey } from '../../internal/footnotes.js';
import type { Cell, ListedSource, Model } from './comparison-model.js';

/* The comparison's templates: pure functions of the model (see comparison-model.ts). */

/** The full table (wide containers and print). */
export function comparisonTable(model: Model, caption: string, highlighted: string | undefined): TemplateResult {
  const firstMentions = new Set<number>();
  return html`
    <div part="scroller" class="scroller" role="region" tabindex="0" aria-labelledby="caption">
      <table part="table" data-columns=${model.columns.length}>
        <caption part="caption" id="caption">
          ${caption}
        </caption>
        <thead>
          <tr>
            <td class="corner"></td>
            ${model.columns.map((column) => {
              const on = column.id === highlighted;
              return html`<th
                scope="col"
                part=${on ? 'column-header highlighted' : 'column-header'}
                class=${on ? 'highlighted' : ''}
                data-therapy=${column.id}
                ?data-highlighted=${on}
              >
                <span class="name">${column.name}</span>${on ? marker() : nothing}
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${model.rows.map(
            (row, r) =>
              html`<tr data-criterion=${row.id}>
                <th scope="row" part="row-header">${row.label}</th>
                ${model.columns.map((column, c) => {
                  const on = column.id === highlighted;
                  return html`<td
                    part=${on ? 'cell highlighted' : 'cell'}
                    class=${on ? 'highlighted' : ''}
                    data-therapy=${column.id}
                    ?data-highlighted=${on}
                  >
                    ${cellContent(model.grid[r]![c]!, model.numbers, 'table', firstMentions)}
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}

/** One card per therapy (narrow containers). */
export function comparisonCards(
  model: Model,
  caption: string,
  highlighted: string | undefined,
  headingLevel: string,
): TemplateResult {
  const level = Number(headingLevel);
  const firstMentions = new Set<number>();
  return html`
    <div part="cards" class="cards">
      <div class="cards-title" id="cards-title" role="heading" aria-level=${level}>${caption}</div>
      <ul class="card-list" role="list" aria-labelledby="cards-title">
        ${model.columns.map((column, c) => {
          const on = column.id === highlighted;
          return html`<li
            part=${on ? 'card highlighted' : 'card'}
            class=${on ? 'card highlighted' : 'card'}
            data-therapy=${column.id}
            ?data-highlighted=${on}
          >
            <div part="card-heading" class="card-heading" role="heading" aria-level=${Math.min(level + 1, 6)}>
              <span class="name">${column.name}</span>${on ? marker() : nothing}
            </div>
            <dl>
              ${model.rows.map(
                (row, r) =>
                  html`<div class="fact" data-criterion=${row.id}>
                    <dt>${row.label}</dt>
                    <dd part="cell">${cellContent(model.grid[r]![c]!, model.numbers, 'cards', firstMentions)}</dd>
                  </div>`,
              )}
            </dl>
          </li>`;
        })}
      </ul>
    </div>
  `;
}

function marker(): TemplateResult {
  return html` <span part="marker" class="marker"
    >${msg('Highlighted', {
      id: 'comparison.highlighted',
      desc: 'Label on the column (or card) of the treatment the page wants to emphasise, e.g. the one this clinic offers.',
    })}</span
  >`;
}

/** A cell's text and its footnotes; the first mention of each source per view gets the anchor the source list links back to. */
function cellContent(
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
  return html`${cell.text ?? notCovered()}${
    refs.length
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
      : nothing
  }`;
}

/** The numbered source list; each entry links back to its first footnote in the table. */
export function comparisonSources(sources: readonly ListedSource[]): TemplateResult {
  if (sources.length === 0) return html``;
  return html`
    <p class="sources-title" id="sources-title">
      ${msg('Sources', { id: 'comparison.sources', desc: 'Heading of the numbered list of sources under the table.' })}
    </p>
    <ol part="sources" class="source-list" aria-labelledby="sources-title">
      ${sources.map(
        ({ key, n, citation, ...links }) =>
          html`<li part="source" class="source" id=${sourceAnchor(n)} tabindex="-1" data-key=${key}>
            <span class="citation" dir="auto">${citation}</span> ${sourceLinks(links, websiteLabel)}
            <a class="back" href="#${refAnchor('table', n)}" data-ref=${n}
              ><span class="back-arrow" aria-hidden="true">↩</span
              ><span class="visually-hidden"
                >${msg(str`Back to where source ${formatNumber(n)} is cited`, {
                  id: 'comparison.back-to-ref',
                  desc: 'Screen-reader text of the link from a source back to its first footnote in the table; the placeholder is the source number.',
                })}</span
              ></a
            >
          </li>`,
      )}
    </ol>
  `;
}

const websiteLabel = (): string =>
  msg('Source website', { id: 'comparison.source-website', desc: 'Link to the web page of a clinic-supplied source.' });
