import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { notCovered } from './therapies.js';
import { refAnchor, type FootnoteKey } from '../../internal/footnotes.js';
import { footnoteLinks, numberedSources } from '../../internal/footnote-links.js';
import {
  cardRows,
  type Answer,
  type Cell,
  type ListedSource,
  type Model,
  type QuestionsModel,
  type Row,
} from './comparison-model.js';

/* The comparison's templates: pure functions of the model (see comparison-model.ts). */

/** The full table (wide containers and print), its rows criteria or patients' questions. */
export function comparisonTable(
  model: Model | QuestionsModel,
  caption: string,
  highlighted: string | undefined,
): TemplateResult {
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
              html`<tr data-criterion=${criterionId(row)} data-question=${questionId(row)}>
                <th scope="row" part="row-header">${row.label}</th>
                ${model.columns.map((column, c) => {
                  const on = column.id === highlighted;
                  const entry = model.grid[r]![c]!;
                  return html`<td
                    part=${on ? 'cell highlighted' : 'cell'}
                    class=${on ? 'highlighted' : ''}
                    data-therapy=${column.id}
                    ?data-highlighted=${on}
                  >
                    ${printedName(entry, column.name)}${cellContent(entry, model.numbers, 'table', firstMentions)}
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}

/**
 * One card per therapy (narrow containers): its name and its first rows (see cardRows), the other
 * rows behind "More about <therapy>", open from the start when `open`.
 */
export function comparisonCards(
  model: Model,
  caption: string,
  highlighted: string | undefined,
  headingLevel: string,
  open: boolean,
): TemplateResult {
  const level = Number(headingLevel);
  const firstMentions = new Set<number>();
  const { first, more } = cardRows(model.rows);
  return html`
    <div part="cards" class="cards">
      <div class="cards-title" id="cards-title" role="heading" aria-level=${level}>${caption}</div>
      <ul class="card-list" role="list" aria-labelledby="cards-title">
        ${model.columns.map((column, c) => {
          const on = column.id === highlighted;
          const facts = (rows: number[]) =>
            html`<dl>
              ${rows.map(
                (r) =>
                  html`<div class="fact" data-criterion=${model.rows[r]!.id}>
                    <dt>${model.rows[r]!.label}</dt>
                    <dd part="cell">${cellContent(model.grid[r]![c]!, model.numbers, 'cards', firstMentions)}</dd>
                  </div>`,
              )}
            </dl>`;
          return html`<li
            part=${on ? 'card highlighted' : 'card'}
            class=${on ? 'card highlighted' : 'card'}
            data-therapy=${column.id}
            ?data-highlighted=${on}
          >
            <div part="card-heading" class="card-heading" role="heading" aria-level=${Math.min(level + 1, 6)}>
              <span class="name">${column.name}</span>${on ? marker() : nothing}
            </div>
            ${facts(first)}
            ${
              more.length > 0
                ? html`<details part="details" class="more" data-section=${column.id} ?open=${open}>
                    <summary part="details-toggle" class="more-toggle">
                      ${msg(str`More about ${column.name}`, {
                        id: 'comparison.card-more',
                        desc: 'Button (a disclosure) at the end of one treatment’s card, on narrow screens; it shows the card’s other rows. The placeholder is the treatment’s name, e.g. "Ketamine".',
                      })}
                    </summary>
                    ${facts(more)}
                  </details>`
                : nothing
            }
          </li>`;
        })}
      </ul>
    </div>
  `;
}

/**
 * `rows="questions"` in narrow containers: one card per question, a disclosure named by the question (so the
 * first view is the list of questions), open from the start when `open`; inside, each therapy's answer.
 */
export function questionCards(
  model: QuestionsModel,
  caption: string,
  highlighted: string | undefined,
  headingLevel: string,
  open: boolean,
): TemplateResult {
  const firstMentions = new Set<number>();
  return html`
    <div part="cards" class="cards">
      <div class="cards-title" id="cards-title" role="heading" aria-level=${Number(headingLevel)}>${caption}</div>
      <ul class="card-list" role="list" aria-labelledby="cards-title">
        ${model.rows.map(
          (row, r) =>
            html`<li part="card" class="card" data-criterion=${criterionId(row)} data-question=${questionId(row)}>
              <details part="details" class="question" data-section=${row.id} ?open=${open}>
                <summary part="details-toggle" class="more-toggle">${row.label}</summary>
                <dl>
                  ${model.columns.map((column, c) => {
                    const on = column.id === highlighted;
                    return html`<div
                      class=${on ? 'fact highlighted' : 'fact'}
                      data-therapy=${column.id}
                      ?data-highlighted=${on}
                    >
                      <dt><span class="name">${column.name}</span>${on ? marker() : nothing}</dt>
                      <dd part=${on ? 'cell highlighted' : 'cell'}>
                        ${cellContent(model.grid[r]![c]!, model.numbers, 'cards', firstMentions)}
                      </dd>
                    </div>`;
                  })}
                </dl>
              </details>
            </li>`,
        )}
      </ul>
    </div>
  `;
}

/**
 * rows="questions" prints each answer under its therapy's name, the column headings being left out
 * (questions.styles.ts); hidden on screen, and from assistive technology, which has the column headers.
 */
const printedName = (entry: Cell | Answer, name: string) =>
  'parts' in entry ? html`<span class="printed-name" aria-hidden="true">${name} </span>` : nothing;

/** A row's id as its data attribute: `data-question` for a patient's question, `data-criterion` otherwise. */
const criterionId = (row: Row) => (row.question ? nothing : row.id);
const questionId = (row: Row) => (row.question ? row.id : nothing);

function marker(): TemplateResult {
  return html` <span part="marker" class="marker"
    >${msg('Highlighted', {
      id: 'comparison.highlighted',
      desc: 'Label on the column (or card) of the treatment the page wants to emphasise, e.g. the one this clinic offers.',
    })}</span
  >`;
}

/**
 * A cell, or a question's answer: one part alone, or the answer's parts under their criteria's labels. An
 * answer no part of which our sources cover says so once.
 */
function cellContent(
  entry: Cell | Answer,
  numbers: Map<FootnoteKey, number>,
  view: 'table' | 'cards',
  firstMentions: Set<number>,
): TemplateResult {
  if (!('parts' in entry)) return partContent(entry, numbers, view, firstMentions);
  const { parts } = entry;
  if (parts.length === 1 || parts.every(uncovered)) return partContent(parts[0]!, numbers, view, firstMentions);
  return html`<dl class="parts">
    ${parts.map(
      (part) =>
        html`<div class="part">
          <dt>${part.label}</dt>
          <dd>${partContent(part, numbers, view, firstMentions)}</dd>
        </div>`,
    )}
  </dl>`;
}

const uncovered = (cell: Cell): boolean => cell.text === undefined && cell.sources.length === 0;

/** A cell's text and its footnotes; the first mention of each source per view gets the anchor the source list links back to. */
function partContent(
  cell: Cell,
  numbers: Map<FootnoteKey, number>,
  view: 'table' | 'cards',
  firstMentions: Set<number>,
): TemplateResult {
  if (uncovered(cell)) {
    return html`<span part="not-covered" class="not-covered">${notCovered()}</span>`;
  }
  // Ascending within a cell; new numbers in a cell are always higher than earlier ones, so order of first appearance holds.
  const refs = [...new Set(cell.sources.map((key) => numbers.get(key)!))].sort((a, b) => a - b);
  return html`${cell.text ?? notCovered()}${footnoteLinks(refs, firstMentions, (n) => refAnchor(view, n))}`;
}

/** The numbered source list; each entry links back to its first footnote in the table. */
export function comparisonSources(sources: readonly ListedSource[]): TemplateResult {
  return numberedSources(sources, (n) => refAnchor('table', n), websiteLabel);
}

const websiteLabel = (): string =>
  msg('Source website', { id: 'comparison.source-website', desc: 'Link to the web page of a clinic-supplied source.' });
